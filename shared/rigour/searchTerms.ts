/**
 * Search terms for auto-coding suggestions. A term line may hold several terms: words (matched on their Dutch
 * stem, so "ouders" finds "ouder"), "quoted phrases" (consecutive words, each on its stem) and wildcards
 * ("normaal*" finds words starting with "normaal", "*zorg" words ending in "zorg"). Wildcards are matched on
 * the folded word (lower case, no diacritics), not on the stem.
 */
import { stemDutch } from '../analysis/stem.ts';
import { scanWords } from '../analysis/words.ts';
import { foldForSearch } from '../coding/codings.ts';

/** One word of a term: a stem to compare, or a wildcard pattern over the folded word. */
export type TermWord = { kind: 'stem'; stem: string } | { kind: 'wildcard'; pattern: RegExp };

export type SearchTerm = { source: string; words: TermWord[] };

/** A word of the text with its offsets, its folded form and its stem. */
export type TextWord = { start: number; end: number; folded: string; stem: string };

/** The Dutch stem of a word, lower-cased and with diacritics folded first (shared/analysis/stem.ts). */
export function dutchStem(word: string): string {
  return stemDutch(foldForSearch(word));
}

/**
 * The words of a text with offsets, stems and folded forms. Hyphenated words ("ADHD-meisje") are also offered
 * by their parts, so "meisje" finds them; the parts follow the whole word in the list.
 */
export function textWords(text: string, from = 0, to = text.length): TextWord[] {
  const words: TextWord[] = [];
  scanWords(
    text,
    (start, end) => {
      const word = text.slice(start, end);
      words.push({ start, end, folded: foldForSearch(word), stem: dutchStem(word) });
    },
    from,
    to,
  );
  return words;
}

/** Compiles term lines (words, "quoted phrases", * wildcards) into matchable terms; empty input gives none. */
export function compileSearchTerms(lines: readonly string[]): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)) {
      const phrase = match[1] ?? match[2];
      const source = (phrase ?? match[3] ?? '').trim();
      const parts = (phrase !== undefined ? source.split(/\s+/u) : [source])
        .map(compileWord)
        .filter((w) => w !== null);
      if (parts.length > 0) terms.push({ source, words: parts });
    }
  }
  return terms;
}

function compileWord(raw: string): TermWord | null {
  const folded = foldForSearch(raw).replace(/[^\p{L}\p{N}*'’-]/gu, '');
  if (folded.replace(/\*/g, '') === '') return null;
  if (folded.includes('*')) {
    const body = folded
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join("[\\p{L}\\p{N}'’-]*");
    return { kind: 'wildcard', pattern: new RegExp(`^${body}$`, 'u') };
  }
  return { kind: 'stem', stem: dutchStem(folded) };
}

/** Does one text word match one term word? Hyphenated words also match on any of their parts. */
function wordMatches(term: TermWord, word: TextWord): boolean {
  if (term.kind === 'wildcard') return term.pattern.test(word.folded);
  if (word.stem === term.stem) return true;
  return (
    word.folded.includes('-') &&
    word.folded.split('-').some((part) => part !== '' && dutchStem(part) === term.stem)
  );
}

/** Every place in the words where a term matches, as [first word index, last word index]. */
export function findTerm(term: SearchTerm, words: readonly TextWord[]): [number, number][] {
  const hits: [number, number][] = [];
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = wordMatches(term.words[k] as TermWord, words[i + k] as TextWord);
    if (ok) hits.push([i, i + n - 1]);
  }
  return hits;
}
