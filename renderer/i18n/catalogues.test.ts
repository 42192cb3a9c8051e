import { describe, expect, it } from 'vitest';
import { sharedMessages } from '../../shared/messages.ts';
import { codebookMessages } from '../features/codebook/messages.ts';
import { compareMessages } from '../features/compare/messages.ts';
import { documentsMessages } from '../features/documents/messages.ts';
import { dynamicsUiMessages } from '../features/dynamics/messages.ts';
import { exportMessages } from '../features/export/messages.ts';
import { helpMessages } from '../features/help/messages.ts';
import { rigourSectionMessages } from '../features/rigour/messages.ts';
import { teamMessages } from '../features/team/messages.ts';
import { appMessages } from './app.ts';
import { DUTCH_WORDS } from './dutchWords.ts';

// Every catalogue the app loads (see index.ts), joined per language as i18next sees them.
const catalogues = [
  appMessages,
  documentsMessages,
  helpMessages,
  compareMessages,
  codebookMessages,
  exportMessages,
  rigourSectionMessages,
  dynamicsUiMessages,
  teamMessages,
];
const nl: Record<string, string> = Object.assign({}, sharedMessages('nl'), ...catalogues.map((c) => c.nl));
const en: Record<string, string> = Object.assign({}, sharedMessages('en'), ...catalogues.map((c) => c.en));

/** Words spelled the same in Dutch and English: a message made only of these may read the same in both. */
const SAME_IN_BOTH = new Set(
  [
    'Koor',
    'Nederlands',
    'English',
    'Help',
    'Document',
    'Code',
    'Codes',
    'Memo',
    'Project',
    'Transcript',
    'Heatmap',
    'In',
    'vivo',
    'fragment',
    'label',
    'n',
    'CSV',
    'Excel',
    'PNG',
    'SVG',
    'Word',
    'Markdown',
    'REFI-QDA',
    'qdc',
    'docx',
    'xlsx',
    'md',
    'kB',
    'MB',
    'G²',
    'Brennan–Prediger',
    'κ',
    'Σ',
    'in',
    'offline',
  ].map((w) => w.toLowerCase()),
);

const words = (text: string): string[] =>
  text
    .replace(/\{\{\w+\}\}/g, ' ')
    .split(/[^\p{L}\p{N}²κΣ–-]+/u)
    .filter(Boolean);

const PLURAL_NOUNS =
  /\{\{\w+\}\}\s+(coderingen|codings|sprekers|speakers|beurten|turns|woorden|words|documenten|documents|codes|vragen|questions|citaten|quotes|rijen|rows|bestanden|files|vindplaatsen|hits|memo’s|memos|vervangingen|replacements|subcodes|sub-codes)\b/;

describe('message catalogues', () => {
  it('have every Dutch message in English and every English one in Dutch', () => {
    expect(Object.keys(nl).filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in nl))).toEqual([]);
  });

  it('translate every message: an English text equal to the Dutch one uses only words both languages share', () => {
    const untranslated = Object.keys(nl).filter(
      (key) => en[key] === nl[key] && words(nl[key]!).some((w) => !SAME_IN_BOTH.has(w.toLowerCase())),
    );
    expect(untranslated).toEqual([]);
  });

  it('write no Dutch word in an English message', () => {
    const dutch = new Set(DUTCH_WORDS);
    const found = Object.entries(en)
      .map(([key, text]) => [key, words(text).filter((w) => dutch.has(w.toLowerCase()))] as const)
      .filter(([, hits]) => hits.length > 0)
      .map(([key, hits]) => `${key}: ${hits.join(', ')}`);
    expect(found).toEqual([]);
  });

  it('give every count its plural forms: no "(en)"/"(s)", no number before a plural noun outside _one/_other', () => {
    for (const messages of [nl, en]) {
      const bad = Object.entries(messages)
        .filter(([key]) => !/_(one|other)$/.test(key))
        .filter(([, text]) => PLURAL_NOUNS.test(text) || /\w\((en|s)\)/.test(text))
        .map(([key]) => key);
      expect(bad).toEqual([]);
      const keys = Object.keys(messages);
      const forms = (suffix: string) =>
        keys.filter((k) => k.endsWith(suffix)).map((k) => k.slice(0, -suffix.length));
      expect(forms('_one').filter((base) => !(`${base}_other` in messages))).toEqual([]);
      expect(forms('_other').filter((base) => !(`${base}_one` in messages))).toEqual([]);
    }
  });
});
