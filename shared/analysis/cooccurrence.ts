import type { Id } from '../model.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { codeTreeRows, type CodeTreeRow } from './codeTree.ts';

/** 'overlap': the coded texts overlap in one document; 'turn': both codes occur in the same turn. */
export type CooccurrenceMode = 'overlap' | 'turn';

export type Cooccurrence = {
  mode: CooccurrenceMode;
  codes: CodeTreeRow[];
  /**
   * Symmetric; the diagonal is 0. 'overlap': pairs of overlapping codings of the two codes. 'turn': turns in
   * which both codes start a coding.
   */
  counts: number[][];
  /** The coding pairs behind each cell (row code's coding first), in document order. */
  pairs: [Id, Id][][][];
  /** The same pairs as positions in the analysis index, flattened (row code's, column code's, …): drill-down. */
  pairPositions: number[][][];
  /** For 'turn': the turns behind each cell. Empty for 'overlap'. */
  turnIds: Id[][][];
};

/**
 * Code × code co-occurrence, swept per document in start order (O(n + pairs)). Codings in moderator turns are
 * left out unless included; codings of the same code never pair with each other.
 */
export function cooccurrence(
  index: AnalysisIndex,
  options: { mode?: CooccurrenceMode; includeModerator?: boolean; codeIds?: readonly Id[] } = {},
): Cooccurrence {
  const mode = options.mode ?? 'overlap';
  const wanted = options.codeIds ? new Set(options.codeIds) : undefined;
  const codes = codeTreeRows(index.project.codes).filter((r) => !wanted || wanted.has(r.codeId));
  const rowOf = new Map(codes.map((r, i) => [r.codeId, i]));
  const rowOfCode = Int32Array.from(index.project.codes, (c) => rowOf.get(c.id) ?? -1);
  const n = codes.length;
  const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const pairs: [Id, Id][][][] = Array.from({ length: n }, () => Array.from({ length: n }, () => []));
  const pairPositions: number[][][] = Array.from({ length: n }, () => Array.from({ length: n }, () => []));
  const turnIds: Id[][][] = Array.from({ length: n }, () => Array.from({ length: n }, () => []));
  const { codingIds, codingCode, codingStart, codingEnd, codingDocument, codingTurn, turnModerator } = index;
  const include = (k: number): boolean => {
    const t = codingTurn[k]!;
    return rowOfCode[codingCode[k]!]! >= 0 && (options.includeModerator || t < 0 || turnModerator[t] === 0);
  };
  const link = (j: number, k: number): void => {
    const a = rowOfCode[codingCode[j]!]!;
    const b = rowOfCode[codingCode[k]!]!;
    if (a === b) return;
    pairs[a]![b]!.push([codingIds[j]!, codingIds[k]!]);
    pairs[b]![a]!.push([codingIds[k]!, codingIds[j]!]);
    pairPositions[a]![b]!.push(j, k);
    pairPositions[b]![a]!.push(k, j);
    if (mode === 'overlap') {
      counts[a]![b]!++;
      counts[b]![a]!++;
    }
  };
  if (mode === 'overlap') {
    const active: number[] = [];
    for (let k = 0; k < codingIds.length; k++) {
      if (!include(k)) continue;
      const d = codingDocument[k]!;
      const start = codingStart[k]!;
      let kept = 0;
      for (const j of active) if (codingDocument[j] === d && codingEnd[j]! > start) active[kept++] = j;
      active.length = kept;
      for (const j of active) link(j, k);
      active.push(k);
    }
  } else {
    let k = 0;
    while (k < codingIds.length) {
      const t = codingTurn[k]!;
      let end = k + 1;
      while (end < codingIds.length && codingTurn[end] === t) end++;
      if (t >= 0) {
        const members: number[] = [];
        for (let j = k; j < end; j++) if (include(j)) members.push(j);
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y < members.length; y++) link(members[x]!, members[y]!);
        const rowsHere = [...new Set(members.map((j) => rowOfCode[codingCode[j]!]!))];
        for (const a of rowsHere)
          for (const b of rowsHere) {
            if (a === b) continue;
            counts[a]![b]!++;
            turnIds[a]![b]!.push(index.turnIds[t]!);
          }
      }
      k = end;
    }
  }
  return { mode, codes, counts, pairs, pairPositions, turnIds };
}
