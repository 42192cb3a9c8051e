import type { MessageParams } from './model.ts';
import { analysisMessages } from './analysis/messages.ts';
import { exchangeMessages } from './exchange/messages.ts';
import { importMessages } from './import/messages.ts';
import { codingMessages } from './coding/messages.ts';
import { rigourMessages } from './rigour/messages.ts';
import { dynamicsMessages } from './dynamics/messages.ts';
import { synthesisMessages } from './synthesis/messages.ts';
import { recordingMessages } from './recordings/messages.ts';

/**
 * Messages that shared/ code returns as keys (errors, warnings, reports), in Dutch and English.
 * Each area keeps its own catalogue beside its code; this module joins them.
 */
export type Catalogue = { nl: Record<string, string>; en: Record<string, string> };

const general: Catalogue = {
  nl: {
    'error.unknown': 'Er ging iets onverwachts mis: {{detail}}',
  },
  en: {
    'error.unknown': 'Something unexpected went wrong: {{detail}}',
  },
};

// Each area (import, exchange, analysis, …) adds its catalogue here.
const catalogues: Catalogue[] = [
  general,
  analysisMessages,
  exchangeMessages,
  importMessages,
  codingMessages,
  rigourMessages,
  dynamicsMessages,
  synthesisMessages,
  recordingMessages,
];

/** All shared messages of one language. */
export function sharedMessages(lang: 'nl' | 'en'): Record<string, string> {
  return Object.assign({}, ...catalogues.map((c) => c[lang]));
}

const pluralRules = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/**
 * Fills a message's {{placeholders}}; unknown keys are returned as they are. With a numeric `count` the plural
 * form (`key_one`, `key_other`, as i18next names them) is chosen by the language's plural rules.
 */
export function formatMessage(lang: 'nl' | 'en', key: string, params: MessageParams = {}): string {
  const messages = sharedMessages(lang);
  const count = params['count'];
  const plural =
    typeof count === 'number' ? messages[`${key}_${pluralRules[lang].select(count)}`] : undefined;
  const template = plural ?? messages[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}
