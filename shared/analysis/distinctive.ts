import { formsOf, type WordCounts } from './wordCounts.ts';

/** How distinctive words are scored; returned with every list so the UI can say it. */
export const DISTINCTIVE_METHOD =
  'log-likelihood G² (Dunning 1993; Rayson & Garside 2000), effect size: log ratio (Hardie 2014)';

export type DistinctiveWord = {
  stem: string;
  word: string;
  forms: { form: string; count: number }[];
  /** Occurrences in the column and in all other columns. */
  count: number;
  otherCount: number;
  per1000: number;
  otherPer1000: number;
  /** Log-likelihood G²: how certain the difference is. 3.84 → p < 0.05, 6.63 → p < 0.01, 10.83 → p < 0.001. */
  g2: number;
  /** Binary log of the ratio of relative frequencies: 1 = twice as often as in the rest. */
  logRatio: number;
  p: 0.05 | 0.01 | 0.001 | 0.0001 | null;
};

/**
 * Dunning's log-likelihood G² of a word occurring a times in a corpus of c words and b times in one of d words:
 * G² = 2·(a·ln(a/E1) + b·ln(b/E2)) with E1 = c·(a+b)/(c+d) and E2 = d·(a+b)/(c+d) (Rayson & Garside 2000).
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const total = c + d;
  if (total === 0 || a + b === 0) return 0;
  const e1 = (c * (a + b)) / total;
  const e2 = (d * (a + b)) / total;
  return 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
}

/** Hardie's log ratio: log2 of the ratio of relative frequencies, a zero count taken as 0.5. */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (c === 0 || d === 0) return 0;
  return Math.log2(Math.max(a, 0.5) / c / (Math.max(b, 0.5) / d));
}

function significance(g2: number): DistinctiveWord['p'] {
  return g2 >= 15.13 ? 0.0001 : g2 >= 10.83 ? 0.001 : g2 >= 6.63 ? 0.01 : g2 >= 3.84 ? 0.05 : null;
}

/**
 * Words a column uses more than all other columns together, by log-likelihood G² with log ratio as effect size
 * (see DISTINCTIVE_METHOD). Stop words are left out; words seen fewer than `minCount` times in the column too.
 */
export function distinctiveWords(
  counts: WordCounts,
  column: number,
  options: { limit?: number; minCount?: number } = {},
): { method: string; words: DistinctiveWord[] } {
  const { limit = 50, minCount = 3 } = options;
  const C = counts.columns.length;
  const c = counts.tokens[column] ?? 0;
  const d = counts.tokens.reduce((x, y) => x + y, 0) - c;
  const words: DistinctiveWord[] = [];
  counts.stems.forEach((stem, s) => {
    if (counts.stop[s]) return;
    const a = counts.counts[s * C + column]!;
    if (a < minCount) return;
    let total = 0;
    for (let k = 0; k < C; k++) total += counts.counts[s * C + k]!;
    const b = total - a;
    if (d > 0 && a / c <= b / d) return;
    const g2 = logLikelihood(a, b, c, d);
    const forms = formsOf(counts, s, column);
    words.push({
      stem,
      word: forms[0]!.form,
      forms,
      count: a,
      otherCount: b,
      per1000: c > 0 ? (a * 1000) / c : 0,
      otherPer1000: d > 0 ? (b * 1000) / d : 0,
      g2,
      logRatio: logRatio(a, b, c, d),
      p: significance(g2),
    });
  });
  words.sort((x, y) => y.g2 - x.g2 || x.word.localeCompare(y.word, 'nl'));
  return { method: DISTINCTIVE_METHOD, words: words.slice(0, limit) };
}
