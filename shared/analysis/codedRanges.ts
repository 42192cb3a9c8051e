import type { Id } from '../model.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { codeLineages } from './codeTree.ts';
import { countBelow, scanWords } from './words.ts';

/**
 * Per document, the union of the coded ranges of the given codes (and their sub-codes unless
 * `withSubCodes` is false) as sorted, disjoint [start, end) boundaries: s0, e0, s1, e1, …
 */
export function codedRanges(
  analysis: AnalysisIndex,
  codeIds: readonly Id[],
  withSubCodes = true,
): Int32Array[] {
  const wanted = new Set(codeIds);
  const lineages = codeLineages(analysis.project.codes);
  const inScope = Uint8Array.from(analysis.project.codes, (code) =>
    (withSubCodes ? lineages.get(code.id)! : [code.id]).some((id) => wanted.has(id)) ? 1 : 0,
  );
  const perDocument: number[][] = analysis.documents.map(() => []);
  const { codingIds, codingDocument, codingStart, codingEnd } = analysis;
  for (let k = 0; k < codingIds.length; k++) {
    if (!inScope[analysis.codingCode[k]!]) continue;
    const list = perDocument[codingDocument[k]!]!;
    const start = codingStart[k]!;
    const end = codingEnd[k]!;
    if (list.length && start <= list[list.length - 1]!)
      list[list.length - 1] = Math.max(list[list.length - 1]!, end);
    else list.push(start, end);
  }
  return perDocument.map((list) => Int32Array.from(list));
}

/** Whether [start, end) lies inside one of the disjoint ranges. */
export function insideRanges(ranges: Int32Array, start: number, end: number): boolean {
  const i = countBelow(ranges, start + 1) - 1; // last boundary ≤ start
  return i >= 0 && i % 2 === 0 && ranges[i + 1]! >= end;
}

/** Calls onWord for every word of text[from, to) that starts inside one of the disjoint ranges. */
export function scanWordsInRanges(
  text: string,
  ranges: Int32Array,
  from: number,
  to: number,
  onWord: (start: number, end: number) => void,
): void {
  let j = countBelow(ranges, from + 1) - 1;
  if (j < 0) j = 0;
  else if (j % 2 === 1) j++;
  for (; j < ranges.length && ranges[j]! < to; j += 2) {
    const start = Math.max(ranges[j]!, from);
    const end = Math.min(ranges[j + 1]!, to);
    if (start < end) scanWords(text, onWord, start, end);
  }
}
