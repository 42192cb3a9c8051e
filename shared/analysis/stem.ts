import porterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';

const cache = new Map<string, string>();

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

/** Forgets memoised stems (benchmarks measure a cold start with it). */
export function clearStemCache(): void {
  cache.clear();
}
