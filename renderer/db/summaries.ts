import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import type {
  Citation,
  ColumnProfile,
  CellSummary,
  Id,
  KeyQuote,
  Summary,
  SummaryCell,
  SummaryColumn,
  SynthesisParts,
  ThemeSynthesis,
} from '../../shared/model.ts';
import { cellKey, profileKey, summaryPlaceId, synthesisKey } from '../../shared/synthesis/summaryKeys.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** All summaries of the summary grid: cell summaries, theme syntheses and column profiles (live). */
export function useSummaries(db: ProjectDb): Summary[] | undefined {
  return useLiveQuery(() => db.summaries.toArray(), [db]);
}

/** All key quotes (live). */
export function useKeyQuotes(db: ProjectDb): KeyQuote[] | undefined {
  return useLiveQuery(() => db.keyQuotes.toArray(), [db]);
}

const sameColumn = (a: SummaryColumn, b: SummaryColumn) => a.by === b.by && a.value === b.value;

async function existing(db: ProjectDb, kind: Summary['kind'], codeId: Id | null, column: SummaryColumn) {
  const candidates =
    codeId === null
      ? await db.summaries.where('kind').equals(kind).toArray()
      : await db.summaries.where('codeId').equals(codeId).toArray();
  return candidates.find((s) => s.kind === kind && s.codeId === codeId && sameColumn(s.column, column));
}

/** Writes `summary`, or removes the stored one when the new content is empty: one undoable step. */
async function store(session: ProjectSession, before: Summary | undefined, summary: Summary, empty: boolean) {
  if (empty) {
    if (before) await session.history.commit('history.summary', { summaries: { delete: [before.id] } });
    return;
  }
  await session.history.commit('history.summary', { summaries: { put: [summary] } });
}

/**
 * Saves the summary of a grid cell with its citations (markers [n] in the text point at citations[n-1]).
 * An empty text without citations removes the summary, so the cell is "not summarised" again. Undoable.
 */
export async function saveCellSummary(
  session: ProjectSession,
  cell: SummaryCell,
  text: string,
  citations: Citation[],
): Promise<void> {
  const before = await existing(session.db, 'cell', cell.codeId, cell.column);
  const summary: CellSummary = {
    id: before?.id ?? summaryPlaceId(cellKey(cell)),
    kind: 'cell',
    codeId: cell.codeId,
    column: cell.column,
    text,
    citations,
    updatedAt: new Date().toISOString(),
  };
  await store(session, before, summary, text.trim() === '' && citations.length === 0);
}

/** Saves a theme's synthesis across the columns of one kind (`by`); all parts empty removes it. Undoable. */
export async function saveThemeSynthesis(
  session: ProjectSession,
  codeId: Id,
  by: string,
  parts: SynthesisParts,
  citations: Citation[] = [],
): Promise<void> {
  const column = { by, value: '' };
  const before = await existing(session.db, 'synthesis', codeId, column);
  const synthesis: ThemeSynthesis = {
    id: before?.id ?? summaryPlaceId(synthesisKey(codeId, by)),
    kind: 'synthesis',
    codeId,
    column,
    parts,
    citations,
    updatedAt: new Date().toISOString(),
  };
  const empty = Object.values(parts).every((p) => p.trim() === '') && citations.length === 0;
  await store(session, before, synthesis, empty);
}

/** Saves the profile of one column (a perspective across all themes); an empty text removes it. Undoable. */
export async function saveColumnProfile(
  session: ProjectSession,
  column: SummaryColumn,
  text: string,
  citations: Citation[] = [],
): Promise<void> {
  const before = await existing(session.db, 'profile', null, column);
  const profile: ColumnProfile = {
    id: before?.id ?? summaryPlaceId(profileKey(column)),
    kind: 'profile',
    codeId: null,
    column,
    text,
    citations,
    updatedAt: new Date().toISOString(),
  };
  await store(session, before, profile, text.trim() === '' && citations.length === 0);
}

/** Marks a coded fragment as a key quote of a cell, or changes its shortened display text. Undoable. */
export async function saveKeyQuote(
  session: ProjectSession,
  codingId: Id,
  cell: SummaryCell,
  display?: string,
): Promise<KeyQuote> {
  const before = (await session.db.keyQuotes.where('codingId').equals(codingId).toArray()).find(
    (q) => q.cell.codeId === cell.codeId && sameColumn(q.cell.column, cell.column),
  );
  const quote: KeyQuote = {
    id: before?.id ?? newId(),
    codingId,
    cell,
    createdAt: before?.createdAt ?? new Date().toISOString(),
    ...(display?.trim() ? { display: display.trim() } : {}),
  };
  await session.history.commit('history.keyQuote', { keyQuotes: { put: [quote] } });
  return quote;
}

/** Unmarks a key quote (the coding stays). Undoable. */
export async function removeKeyQuote(session: ProjectSession, id: Id): Promise<void> {
  await session.history.commit('history.removeKeyQuote', { keyQuotes: { delete: [id] } });
}
