import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import type { TextLanguage } from './language.ts';

const cache = new Map<string, string>();
const englishCache = new Map<string, string>();

/**
 * The Dutch Porter (Snowball) stem of a lowercase word, via natural's Dutch stemmer, memoised: gesprek and
 * gesprekken share "gesprek". The stem drops diacritics (ideeën → ideeen); keep the surface form for display.
 */
export function stemDutch(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = /^\p{N}+$/u.test(word) ? word : porterNl.stem(word);
    if (cache.size > 200_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/** The English Porter stem of a lowercase word, via natural's English stemmer, memoised: "note" stays apart from "not". */
export function stemEnglish(word: string): string {
  let stem = englishCache.get(word);
  if (stem === undefined) {
    stem = /^\p{N}+$/u.test(word) ? word : porterEn.stem(word);
    if (englishCache.size > 200_000) englishCache.clear();
    englishCache.set(word, stem);
  }
  return stem;
}

/** The stem of a lowercase word in the given language. */
export function stemWord(word: string, lang: TextLanguage): string {
  return lang === 'en' ? stemEnglish(word) : stemDutch(word);
}

/** Forgets memoised stems (benchmarks measure a cold start with it). */
export function clearStemCache(): void {
  cache.clear();
  englishCache.clear();
}
