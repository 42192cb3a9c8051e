import type { Id } from '../model.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { codeLineages, codeTreeRows, type CodeTreeRow } from './codeTree.ts';
import { assignColumns, type Column, type ColumnBy } from './columns.ts';

/** What a crosstab cell counts; see analysis/messages.ts for the explanation shown to researchers. */
export type Measure = 'codings' | 'documents' | 'speakers' | 'per1000' | 'percentOfColumn' | 'percentOfTurns';

export const MEASURES: readonly Measure[] = [
  'codings',
  'documents',
  'speakers',
  'per1000',
  'percentOfColumn',
  'percentOfTurns',
];

export type CrosstabOptions = {
  by?: ColumnBy;
  measure?: Measure;
  /** Count a sub-code's codings for each of its ancestors too (overlapping text counts once). */
  rollup?: boolean;
  includeModerator?: boolean;
  /** Only these codes as rows (tree order is kept); all codes when absent. */
  codeIds?: readonly Id[];
  lang?: 'nl' | 'en';
};

export type Crosstab = {
  measure: Measure;
  by: ColumnBy;
  rollup: boolean;
  includeModerator: boolean;
  rows: CodeTreeRow[];
  columns: Column[];
  /** cells[row][column] in the measure. */
  cells: number[][];
  /** The codings behind each cell, in document order (drill-down). */
  codingIds: Id[][][];
  /** The same codings as positions in the analysis index (ascending), which the drill-down reads. */
  positions: Int32Array[][];
  /** The measure over all columns together (not a sum for distinct counts and rates). */
  rowTotals: number[];
  /** The measure over all codes together: any code, each coding once. */
  columnTotals: number[];
  total: number;
  /** Words spoken in each column's turns, and in all of them. */
  spokenWords: number[];
  totalSpokenWords: number;
  /** Turns in each column, and in all of them. */
  turns: number[];
  totalTurns: number;
  /** Codings left out because they lie in no speaker turn (title, preamble, labels). */
  skippedCodings: number;
  /** Codings counted in each column (each once, whatever their code): what '% of codings' divides by. */
  columnCodings: number[];
  /** Codings counted in some column (each once), and those left out because the moderator spoke them. */
  countedCodings: number;
  moderatorCodings: number;
};

/**
 * The code × column table. Rules (also in the tests):
 * - A coding belongs to the column of the turn it starts in (see AnalysisIndex); moderator turns and their
 *   codings are left out unless `includeModerator`.
 * - 'codings' counts coded fragments: codings of a row (its code, plus its sub-codes when rolled up) whose text
 *   overlaps in one document count once, so a fragment coded with a parent and a child is not counted twice.
 * - 'documents' / 'speakers': distinct documents / speakers with at least one such coding.
 * - 'per1000': words inside the row's coded text (overlaps once) per 1,000 words spoken in the column's turns.
 * - 'percentOfColumn': the row's fragments as a share of all codings in the column.
 * - 'percentOfTurns': the share of the column's turns in which a coding of the row starts.
 * - Totals apply the measure to all columns together (row totals) or to all codes together (column totals).
 */
export function crosstab(index: AnalysisIndex, options: CrosstabOptions = {}): Crosstab {
  const by = options.by ?? { kind: 'perspective' };
  const measure = options.measure ?? 'codings';
  const rollup = options.rollup ?? false;
  const includeModerator = options.includeModerator ?? false;
  const { project } = index;
  const wanted = options.codeIds ? new Set(options.codeIds) : undefined;
  const rows = codeTreeRows(project.codes).filter((r) => !wanted || wanted.has(r.codeId));
  const rowOf = new Map(rows.map((r, i) => [r.codeId, i]));
  const lineages = codeLineages(project.codes);
  const targets = project.codes.map((code) =>
    (rollup ? lineages.get(code.id)! : [code.id])
      .map((id) => rowOf.get(id))
      .filter((r): r is number => r !== undefined),
  );
  const { columns, turnColumn } = assignColumns(index, by, includeModerator, options.lang ?? 'nl');
  const R = rows.length;
  const C = columns.length;
  const W = C + 1; // row stride: the extra column is "all columns"
  const size = (R + 1) * W; // the extra row is "any code"

  const fragments = new Int32Array(size);
  const documentsWith = new Int32Array(size);
  const turnsWith = new Int32Array(size);
  const speakersWith = new Int32Array(size);
  const codedWords = new Float64Array(size);
  const lastDocument = new Int32Array(size).fill(-1);
  const lastTurn = new Int32Array(size).fill(-1);
  const lastEnd = new Int32Array(size);
  const lastEndWord = new Int32Array(size);
  const speakerCount = index.speakers.length;
  const speakerSeen = new Uint8Array((R + 1) * Math.max(1, speakerCount));
  const plainCodings = new Int32Array(W);
  // Drill-down lists are filled after the pass at their exact size: (cell, coding) pairs are noted first.
  const idCount = new Int32Array(R * C);
  const maxTargets = Math.max(1, ...targets.map((t) => t.length));
  const noteCell = new Int32Array(index.codingIds.length * maxTargets);
  const noteCoding = new Int32Array(noteCell.length);
  let notes = 0;
  let skipped = 0;
  let moderatorCodings = 0;

  const { codingIds, codingCode, codingStart, codingEnd, codingDocument, codingTurn, turnSpeaker } = index;
  const { codingStartWord, codingEndWord } = index;
  // Only the chosen measure's distinct turns / speakers are tracked; fragments, documents and words are cheap.
  const trackTurns = measure === 'percentOfTurns';
  const trackSpeakers = measure === 'speakers';
  const add = (
    cell: number,
    d: number,
    t: number,
    start: number,
    end: number,
    sw: number,
    ew: number,
  ): void => {
    if (lastDocument[cell] !== d || start >= lastEnd[cell]!) {
      if (lastDocument[cell] !== d) documentsWith[cell]!++;
      fragments[cell]!++;
      codedWords[cell]! += ew - sw;
      lastDocument[cell] = d;
      lastEnd[cell] = end;
      lastEndWord[cell] = ew;
    } else if (end > lastEnd[cell]!) {
      codedWords[cell]! += ew - lastEndWord[cell]!;
      lastEnd[cell] = end;
      lastEndWord[cell] = ew;
    }
    if (trackTurns && lastTurn[cell] !== t) {
      turnsWith[cell]!++;
      lastTurn[cell] = t;
    }
  };
  for (let k = 0; k < codingIds.length; k++) {
    const t = codingTurn[k]!;
    if (t < 0) {
      skipped++;
      continue;
    }
    const c = turnColumn[t]!;
    if (c < 0) {
      if (index.turnModerator[t]) moderatorCodings++;
      continue;
    }
    const start = codingStart[k]!;
    const end = codingEnd[k]!;
    const d = codingDocument[k]!;
    const sw = codingStartWord[k]!;
    const ew = codingEndWord[k]!;
    const s = turnSpeaker[t]!;
    const rowTargets = targets[codingCode[k]!]!;
    for (let i = 0; i < rowTargets.length; i++) {
      const r = rowTargets[i]!;
      add(r * W + c, d, t, start, end, sw, ew);
      add(r * W + C, d, t, start, end, sw, ew);
      idCount[r * C + c]!++;
      noteCell[notes] = r * C + c;
      noteCoding[notes++] = k;
      if (trackSpeakers && s >= 0 && speakerSeen[r * speakerCount + s] === 0) {
        speakerSeen[r * speakerCount + s] = 1;
        speakersWith[r * W + c]!++;
        speakersWith[r * W + C]!++;
      }
    }
    if (rowTargets.length === 0 && wanted) continue;
    add(R * W + c, d, t, start, end, sw, ew);
    add(R * W + C, d, t, start, end, sw, ew);
    plainCodings[c]!++;
    plainCodings[C]!++;
    if (trackSpeakers && s >= 0 && speakerSeen[R * speakerCount + s] === 0) {
      speakerSeen[R * speakerCount + s] = 1;
      speakersWith[R * W + c]!++;
      speakersWith[R * W + C]!++;
    }
  }

  const ids: Id[][] = Array.from(idCount, (n) => new Array<Id>(n));
  const at: Int32Array[] = Array.from(idCount, (n) => new Int32Array(n));
  const filled = new Int32Array(R * C);
  for (let i = 0; i < notes; i++) {
    const cell = noteCell[i]!;
    at[cell]![filled[cell]!] = noteCoding[i]!;
    ids[cell]![filled[cell]!++] = codingIds[noteCoding[i]!]!;
  }

  const spokenWords = new Float64Array(W);
  const turns = new Float64Array(W);
  for (let t = 0; t < turnColumn.length; t++) {
    const c = turnColumn[t]!;
    if (c < 0) continue;
    spokenWords[c]! += index.turnWords[t]!;
    spokenWords[C]! += index.turnWords[t]!;
    turns[c]!++;
    turns[C]!++;
  }

  const value = (r: number, c: number): number => {
    const cell = r * W + c;
    switch (measure) {
      case 'codings':
        return r === R ? plainCodings[c]! : fragments[cell]!;
      case 'documents':
        return documentsWith[cell]!;
      case 'speakers':
        return speakersWith[cell]!;
      case 'per1000':
        return spokenWords[c]! > 0 ? (codedWords[cell]! * 1000) / spokenWords[c]! : 0;
      case 'percentOfColumn': {
        const n = r === R ? plainCodings[c]! : fragments[cell]!;
        return plainCodings[c]! > 0 ? (n * 100) / plainCodings[c]! : 0;
      }
      case 'percentOfTurns':
        return turns[c]! > 0 ? (turnsWith[cell]! * 100) / turns[c]! : 0;
    }
  };
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return {
    measure,
    by,
    rollup,
    includeModerator,
    rows,
    columns,
    cells: range(R).map((r) => range(C).map((c) => value(r, c))),
    codingIds: range(R).map((r) => range(C).map((c) => ids[r * C + c]!)),
    positions: range(R).map((r) => range(C).map((c) => at[r * C + c]!)),
    rowTotals: range(R).map((r) => value(r, C)),
    columnTotals: range(C).map((c) => value(R, c)),
    total: value(R, C),
    spokenWords: Array.from(spokenWords.subarray(0, C)),
    totalSpokenWords: spokenWords[C]!,
    turns: Array.from(turns.subarray(0, C)),
    totalTurns: turns[C]!,
    skippedCodings: skipped,
    columnCodings: Array.from(plainCodings.subarray(0, C)),
    countedCodings: plainCodings[C]!,
    moderatorCodings,
  };
}

/**
 * The rows to show: all, or (hiding empty codes) those with codings and those with a coded row below them in
 * the tree, so the tree stays readable.
 */
export function visibleCrosstabRows(table: Crosstab, hideEmpty: boolean): number[] {
  const all = table.rows.map((_, r) => r);
  if (!hideEmpty) return all;
  const coded = all.map((r) => table.codingIds[r]!.some((ids) => ids.length > 0));
  return all.filter((r) => {
    if (coded[r]) return true;
    const depth = table.rows[r]!.depth;
    for (let k = r + 1; k < table.rows.length && table.rows[k]!.depth > depth; k++) if (coded[k]) return true;
    return false;
  });
}

/** The codings behind a cell, a row total (column undefined), a column total (row undefined) or everything. */
export function crosstabCodingIds(table: Crosstab, row?: number, column?: number): Id[] {
  const rowList = row === undefined ? table.rows.map((_, r) => r) : [row];
  const columnList = column === undefined ? table.columns.map((_, c) => c) : [column];
  const result = new Set<Id>();
  for (const r of rowList)
    for (const c of columnList) for (const id of table.codingIds[r]?.[c] ?? []) result.add(id);
  return [...result];
}

/** Whether any coding lies behind a cell, row total, column total or the whole table (as crosstabCodingIds). */
export function crosstabHasCodings(table: Crosstab, row?: number, column?: number): boolean {
  const rowList = row === undefined ? table.rows.map((_, r) => r) : [row];
  const columnList = column === undefined ? table.columns.map((_, c) => c) : [column];
  return rowList.some((r) => columnList.some((c) => (table.codingIds[r]?.[c]?.length ?? 0) > 0));
}

/**
 * The positions in the analysis index of the codings behind a cell, row total, column total or everything (as
 * crosstabCodingIds), ascending and each once: what the drill-down turns into quotes without looking ids up.
 */
export function crosstabPositions(table: Crosstab, row?: number, column?: number): Int32Array {
  const rowList = row === undefined ? table.rows.map((_, r) => r) : [row];
  const columnList = column === undefined ? table.columns.map((_, c) => c) : [column];
  const lists = rowList
    .flatMap((r) => columnList.map((c) => table.positions[r]?.[c]))
    .filter((list): list is Int32Array => list !== undefined && list.length > 0);
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((n, list) => n + list.length, 0));
  let n = 0;
  for (const list of lists) {
    all.set(list, n);
    n += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]!;
  return all.subarray(0, kept);
}
