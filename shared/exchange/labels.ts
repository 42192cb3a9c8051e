/** Export labels (column names, headings) from the exchange catalogue. */
import type { MessageParams } from '../model.ts';
import { exchangeMessages } from './messages.ts';

export type Lang = 'nl' | 'en';

const pluralRules = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/** One label in the given language, with {{placeholders}} filled; a numeric `count` picks `key_one`/`key_other`. */
export function label(lang: Lang, key: string, params: MessageParams = {}): string {
  const labels = exchangeMessages[lang];
  const count = params['count'];
  const plural =
    typeof count === 'number'
      ? labels[`exchange.label.${key}_${pluralRules[lang].select(count)}`]
      : undefined;
  const template = plural ?? labels[`exchange.label.${key}`] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A UTF-8 byte-order mark, so spreadsheet programs read é and ë in CSV correctly. */
export const BOM = '\uFEFF';

/** The CSV delimiter per language: Dutch spreadsheet programs expect ";", English ones ",". */
export function csvDelimiter(lang: Lang): string {
  return lang === 'nl' ? ';' : ',';
}
