import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { sharedMessages, type Catalogue } from '../../shared/messages.ts';
import { appMessages } from './app.ts';
import { documentsMessages } from '../features/documents/messages.ts';
import { importPreviewMessages } from '../features/documents/import/messages.ts';
import { speakerCorrectionMessages } from '../features/documents/speakersMessages.ts';
import { helpMessages } from '../features/help/messages.ts';
import { compareMessages } from '../features/compare/messages.ts';
import { codebookMessages } from '../features/codebook/messages.ts';
import { exportMessages } from '../features/export/messages.ts';
import { rigourSectionMessages } from '../features/rigour/messages.ts';
import { dynamicsUiMessages } from '../features/dynamics/messages.ts';
import { recordingUiMessages } from '../features/documents/recording/messages.ts';
import { transcribeMessages } from '../features/documents/transcribe/messages.ts';
import { synthesisUiMessages } from '../features/synthesis/messages.ts';
import { teamMessages } from '../features/team/messages.ts';
import type { Language } from '../platform/types.ts';

export type { Language };

const STORAGE_KEY = 'koor.language';

// Every feature's catalogue joins here; shared/ messages (errors, measures) come from shared/messages.ts.
const catalogues: Catalogue[] = [
  appMessages,
  documentsMessages,
  importPreviewMessages,
  speakerCorrectionMessages,
  helpMessages,
  compareMessages,
  codebookMessages,
  exportMessages,
  rigourSectionMessages,
  dynamicsUiMessages,
  recordingUiMessages,
  transcribeMessages,
  synthesisUiMessages,
  teamMessages,
];

/** The language chosen earlier on this computer, Dutch by default. */
export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

function resources(lang: Language) {
  return Object.assign({}, sharedMessages(lang), ...catalogues.map((c) => c[lang])) as Record<string, string>;
}

/** Adds a feature's catalogue (call before first render). */
export function addMessages(catalogue: Catalogue): void {
  catalogues.push(catalogue);
  i18next.addResources('nl', 'translation', catalogue.nl);
  i18next.addResources('en', 'translation', catalogue.en);
}

/** Starts i18next in the stored language. */
export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: storedLanguage(),
    fallbackLng: 'nl',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: { nl: { translation: resources('nl') }, en: { translation: resources('en') } },
  });
  document.documentElement.lang = i18next.language;
}

/** Switches and remembers the language. */
export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number the Dutch way in Dutch (1.234,5) and the English way in English. */
export function formatNumber(value: number, lang: string, digits = 0): string {
  const key = `${lang === 'en' ? 'en' : 'nl'}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Building an Intl.NumberFormat is costly; tables and panels format thousands of numbers.
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export type CountNoun = 'codings' | 'codes' | 'documents' | 'speakers' | 'turns' | 'words' | 'memos';

/** A number with its noun in the form the language's plural rules ask for: "1 codering", "2 coderingen". */
export function formatCount(noun: CountNoun, n: number, lang: string): string {
  return i18next.t(`count.${noun}`, { count: n, formatted: formatNumber(n, lang), lng: lang });
}

/** Formats a date and time in the user's language. */
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export { useTranslation };
