/** Export labels (column names, headings) from the exchange catalogue. */
import type { MessageParams } from '../model.ts';
import { exchangeMessages } from './messages.ts';

export type Lang = 'nl' | 'en';

/** One label in the given language, with {{placeholders}} filled. */
export function label(lang: Lang, key: string, params: MessageParams = {}): string {
  const template = exchangeMessages[lang][`exchange.label.${key}`] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A UTF-8 byte-order mark, so spreadsheet programs read é and ë in CSV correctly. */
export const BOM = '\uFEFF';

/** The CSV delimiter per language: Dutch spreadsheet programs expect ";", English ones ",". */
export function csvDelimiter(lang: Lang): string {
  return lang === 'nl' ? ';' : ',';
}
