import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.ts';
import { scanWords } from './words.ts';

/** The languages Koor analyses words in (stems and stop words). */
export type TextLanguage = 'nl' | 'en';

// Function words that belong to one language only ("in", "is", "we" are in both lists and tell nothing).
const ONLY_DUTCH = [...DUTCH_STOP_WORDS].filter((w) => !ENGLISH_STOP_WORDS.has(w) && w.length > 1);
const ONLY_ENGLISH = [...ENGLISH_STOP_WORDS].filter((w) => !DUTCH_STOP_WORDS.has(w) && w.length > 1);
const DUTCH = new Set(ONLY_DUTCH);
const ENGLISH = new Set(ONLY_ENGLISH);

/** How much of a text is read to tell its language: plenty for a transcript, fast for a long one. */
const SAMPLE = 20_000;

/**
 * The language of a text, Dutch or English, by which language's own function words it uses more of (stop-word
 * ratio over its first 20,000 characters). Dutch when nothing tells (Koor's first users write Dutch).
 */
export function detectLanguage(text: string): TextLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let dutch = 0;
  let english = 0;
  scanWords(sample, (start, end) => {
    const word = sample.slice(start, end).toLowerCase();
    if (DUTCH.has(word)) dutch++;
    else if (ENGLISH.has(word)) english++;
  });
  return english > dutch ? 'en' : 'nl';
}
