/**
 * The summary grid: codes (rows) × columns (perspective, document, speaker or an attribute, as in Compare), with
 * each cell's count, state, summary, key quotes and consensus marks. Counts come from the crosstab itself, so a
 * cell's `count` always equals Compare's "codings" measure with the same options.
 *
 * How the UI calls it: build (or reuse) the project's AnalysisIndex, then
 *   const grid = summaryGrid(index, { by, codeIds, includeModerator }, { summaries, keyQuotes });
 *   const fragments = cellFragments(index, grid, row, column);      // when a cell is opened
 *   const exchange = fragmentExchange(index, codingId, { before: 2, after: 2 }); // "show the exchange"
 * Summaries of a cell / synthesis / profile are found with the keys of summaryKeys.ts.
 */
import type { AnalysisIndex } from '../analysis/analysisIndex.ts';
import type { CodeTreeRow } from '../analysis/codeTree.ts';
import { columnByName, type Column, type ColumnBy } from '../analysis/columns.ts';
import { crosstab, type Crosstab } from '../analysis/crosstab.ts';
import type { CellSummary, ColumnProfile, Id, KeyQuote, Summary, ThemeSynthesis } from '../model.ts';
import { AGREE_CODE_ID, DISAGREE_CODE_ID, defaultRowCodeIds } from './rows.ts';
import { cellKey, hasText, profileKey, summaryKey, synthesisKey } from './summaryKeys.ts';

export type GridOptions = {
  /** Columns as in Compare; default perspective (documents when no turn has a perspective). */
  by?: ColumnBy;
  /** The row codes (tree order is kept); default defaultRowCodeIds (the vision's five themes). */
  codeIds?: readonly Id[];
  /** As in the crosstab: moderator turns and their codings are left out by default. */
  includeModerator?: boolean;
  /** As in the crosstab: count sub-codes' codings for their ancestors too. Off by default. */
  rollup?: boolean;
  lang?: 'nl' | 'en';
};

/** What the researcher still has to do in a cell. */
export type CellState = 'notDiscussed' | 'discussed' | 'summarised';

export type GridCell = {
  /** Coded fragments (crosstab's "codings" measure). */
  count: number;
  state: CellState;
  summary?: CellSummary;
  keyQuotes: KeyQuote[];
  /** Participants who spoke here in a turn marked as agreement / disagreement (Group dynamics' codes). */
  agreeing: number;
  disagreeing: number;
  /** The codings behind the count, in document order. */
  codingIds: Id[];
};

export type SummaryGrid = {
  /** The columns actually used (documents when perspective was asked but the project has none). */
  by: ColumnBy;
  /** columnByName(by): the `column.by` of this grid's summaries and key quotes. */
  byName: string;
  /** True when perspectives were asked for and documents are shown instead. */
  fellBack: boolean;
  includeModerator: boolean;
  rollup: boolean;
  rows: CodeTreeRow[];
  columns: Column[];
  cells: GridCell[][];
  /** Per row: its synthesis across this kind of column, if written. */
  syntheses: (ThemeSynthesis | undefined)[];
  /** Per column: its profile, if written. */
  profiles: (ColumnProfile | undefined)[];
  /** The crosstab the counts come from (for a chart of a theme). */
  table: Crosstab;
};

export type GridContent = { summaries?: readonly Summary[]; keyQuotes?: readonly KeyQuote[] };

/**
 * The part of the grid that comes from the coded material alone (counts, coding ids, consensus marks): the
 * expensive part. The UI keeps it while only summaries or key quotes change, so saving a summary never recounts
 * 100,000 codings.
 */
export type GridCounts = Omit<SummaryGrid, 'cells' | 'syntheses' | 'profiles'> & {
  marks: { agreeing: Int32Array; disagreeing: Int32Array };
};

/** Computes the grid; summaries and key quotes default to the index's project's own. */
export function summaryGrid(
  index: AnalysisIndex,
  options: GridOptions = {},
  content: GridContent = {},
): SummaryGrid {
  const { project } = index;
  return gridWithContent(gridCounts(index, options), {
    summaries: content.summaries ?? project.summaries ?? [],
    keyQuotes: content.keyQuotes ?? project.keyQuotes ?? [],
  });
}

/** The counted part of the grid (see GridCounts). */
export function gridCounts(index: AnalysisIndex, options: GridOptions = {}): GridCounts {
  const { project } = index;
  const asked = options.by ?? { kind: 'perspective' };
  const base = {
    codeIds: options.codeIds ?? defaultRowCodeIds(project.codes),
    includeModerator: options.includeModerator ?? false,
    rollup: options.rollup ?? false,
    lang: options.lang ?? 'nl',
    measure: 'codings' as const,
  };
  let table = crosstab(index, { ...base, by: asked });
  const fellBack = asked.kind === 'perspective' && table.columns.every((c) => c.key === '');
  if (fellBack) table = crosstab(index, { ...base, by: { kind: 'document' } });
  return {
    by: table.by,
    byName: columnByName(table.by),
    fellBack,
    includeModerator: table.includeModerator,
    rollup: table.rollup,
    rows: table.rows,
    columns: table.columns,
    table,
    marks: consensusMarks(index, table),
  };
}

/** The grid of counted cells with the given summaries and key quotes in their places (cheap). */
export function gridWithContent(counts: GridCounts, content: GridContent): SummaryGrid {
  const { table, byName, marks } = counts;
  const summaryAt = new Map<string, Summary>();
  for (const s of content.summaries ?? []) summaryAt.set(summaryKey(s), s);
  const quotesAt = new Map<string, KeyQuote[]>();
  for (const q of content.keyQuotes ?? []) {
    const key = cellKey(q.cell);
    quotesAt.set(key, [...(quotesAt.get(key) ?? []), q]);
  }

  const cells = table.rows.map((row, r) =>
    table.columns.map((column, c): GridCell => {
      const key = cellKey({ codeId: row.codeId, column: { by: byName, value: column.key } });
      const found = summaryAt.get(key);
      const summary = found?.kind === 'cell' ? found : undefined;
      const count = table.cells[r]![c]!;
      const state: CellState =
        summary && hasText(summary) ? 'summarised' : count > 0 ? 'discussed' : 'notDiscussed';
      const cell: GridCell = {
        count,
        state,
        keyQuotes: quotesAt.get(key) ?? [],
        agreeing: marks.agreeing[r * table.columns.length + c]!,
        disagreeing: marks.disagreeing[r * table.columns.length + c]!,
        codingIds: table.codingIds[r]![c]!,
      };
      if (summary) cell.summary = summary;
      return cell;
    }),
  );
  const syntheses = table.rows.map((row) => {
    const s = summaryAt.get(synthesisKey(row.codeId, byName));
    return s?.kind === 'synthesis' ? s : undefined;
  });
  const profiles = table.columns.map((column) => {
    const s = summaryAt.get(profileKey({ by: byName, value: column.key }));
    return s?.kind === 'profile' ? s : undefined;
  });
  return {
    by: counts.by,
    byName,
    fellBack: counts.fellBack,
    includeModerator: counts.includeModerator,
    rollup: counts.rollup,
    rows: counts.rows,
    columns: counts.columns,
    cells,
    syntheses,
    profiles,
    table,
  };
}

const positions = new WeakMap<AnalysisIndex, Map<Id, number>>();

/** Sorted-coding position of each coding id, computed once per index. */
export function codingPositions(index: AnalysisIndex): Map<Id, number> {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.codingIds.map((id, k) => [id, k]));
    positions.set(index, map);
  }
  return map;
}

const turnMarks = new WeakMap<AnalysisIndex, { agree: Uint8Array; disagree: Uint8Array } | null>();

/**
 * Turns overlapped by an agreement / disagreement coding (the interaction codes Group dynamics reads consensus
 * from, as in shared/dynamics/interaction.ts consensus()); null when the project has neither code.
 */
export function agreementTurns(index: AnalysisIndex): { agree: Uint8Array; disagree: Uint8Array } | null {
  if (turnMarks.has(index)) return turnMarks.get(index)!;
  const codes = index.project.codes;
  const agreeCode = codes.findIndex((c) => c.id === AGREE_CODE_ID);
  const disagreeCode = codes.findIndex((c) => c.id === DISAGREE_CODE_ID);
  let result: { agree: Uint8Array; disagree: Uint8Array } | null = null;
  if (agreeCode >= 0 || disagreeCode >= 0) {
    const agree = new Uint8Array(index.turnIds.length);
    const disagree = new Uint8Array(index.turnIds.length);
    for (let k = 0; k < index.codingIds.length; k++) {
      const code = index.codingCode[k]!;
      if (code !== agreeCode && code !== disagreeCode) continue;
      const target = code === agreeCode ? agree : disagree;
      const d = index.codingDocument[k]!;
      const last = index.documentTurns[2 * d + 1]!;
      let t = index.codingTurn[k]!;
      if (t < 0) continue;
      while (t < last && index.turnStart[t]! < index.codingEnd[k]!) target[t++] = 1;
    }
    result = { agree, disagree };
  }
  turnMarks.set(index, result);
  return result;
}

/** Per cell (row-major): distinct participants whose fragments in the cell lie in agreement / disagreement turns. */
function consensusMarks(
  index: AnalysisIndex,
  table: Crosstab,
): { agreeing: Int32Array; disagreeing: Int32Array } {
  const C = table.columns.length;
  const agreeing = new Int32Array(table.rows.length * C);
  const disagreeing = new Int32Array(table.rows.length * C);
  const turns = agreementTurns(index);
  if (!turns) return { agreeing, disagreeing };
  const position = codingPositions(index);
  table.codingIds.forEach((row, r) =>
    row.forEach((ids, c) => {
      const agree = new Set<number>();
      const disagree = new Set<number>();
      for (const id of ids) {
        const t = index.codingTurn[position.get(id)!]!;
        const s = index.turnSpeaker[t]!;
        if (s < 0 || index.turnModerator[t] === 1) continue;
        if (turns.agree[t]) agree.add(s);
        if (turns.disagree[t]) disagree.add(s);
      }
      agreeing[r * C + c] = agree.size;
      disagreeing[r * C + c] = disagree.size;
    }),
  );
  return { agreeing, disagreeing };
}
