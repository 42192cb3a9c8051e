import { paletteColor } from '../../shared/codebook/palette.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteCodeImpact, mergeCodes, moveCode, subtreeIds } from '../../shared/coding/codebook.ts';
import { newId } from '../../shared/ids.ts';
import { summariesOnDelete, summariesOnMerge } from '../../shared/synthesis/codeChanges.ts';
import type { Code, Id } from '../../shared/model.ts';
import { allCodings, refsOf } from './lists.ts';
import { visibleCodings } from './visible.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** All codes in their order (live). */
export function useCodes(db: ProjectDb): Code[] | undefined {
  return useLiveQuery(
    () => db.codes.toArray().then((codes) => codes.sort((a, b) => a.order - b.order)),
    [db],
  );
}

/** Codings per code id, for the counts beside the codebook: of the codings this computer shows. */
export async function codingCounts(db: ProjectDb): Promise<Map<Id, number>> {
  const counts = new Map<Id, number>();
  for (const c of await visibleCodings(db)) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
  return counts;
}

/** Codings per code id (live), for the counts beside the codebook. */
export function useCodingCounts(db: ProjectDb): Map<Id, number> | undefined {
  return useLiveQuery(() => codingCounts(db), [db]);
}

/** A new code with sensible defaults, placed last among its siblings. */
export function draftCode(codes: readonly Code[], name: string, parentId: Id | null = null): Code {
  const siblings = codes.filter((c) => c.parentId === parentId);
  return {
    id: newId(),
    parentId,
    name: name.trim(),
    color: paletteColor(codes.length),
    description: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order: siblings.reduce((max, c) => Math.max(max, c.order + 1), 0),
    codable: true,
  };
}

/** Creates a code (undoable) and returns it. */
export async function createCode(
  session: ProjectSession,
  name: string,
  parentId: Id | null = null,
): Promise<Code> {
  const code = draftCode(await session.db.codes.toArray(), name, parentId);
  await session.history.commit('history.createCode', { codes: { put: [code] } });
  return code;
}

/** Saves changes to a code. */
export async function updateCode(session: ProjectSession, code: Code): Promise<void> {
  await session.history.commit('history.editCode', { codes: { put: [code] } });
}

/** Adds a set of codes (a template or an imported codebook); codes whose id exists are updated. */
export async function addCodes(
  session: ProjectSession,
  codes: Code[],
  label = 'history.addTemplate',
): Promise<void> {
  await session.history.commit(label, { codes: { put: codes } });
}

/** Moves a code under a new parent at a position among its siblings. */
export async function moveCodeTo(
  session: ProjectSession,
  id: Id,
  parentId: Id | null,
  index: number,
): Promise<void> {
  const codes = await session.db.codes.toArray();
  const result = moveCode(codes, id, parentId, index);
  if (!result.ok) throw new Error(result.reason);
  await session.history.commit('history.moveCode', { codes: { put: result.data } });
}

/** What deleting a code takes with it: its sub-codes, the codings of all of them, their summaries and key quotes. */
export async function deleteImpact(
  db: ProjectDb,
  id: Id,
): Promise<{ codes: number; codings: number; summaries: number; keyQuotes: number }> {
  const [codes, codings, summaries, keyQuotes] = await Promise.all([
    db.codes.toArray(),
    allCodings(db),
    db.summaries.toArray(),
    db.keyQuotes.toArray(),
  ]);
  const impact = deleteCodeImpact(codes, codings, id);
  const grid = summariesOnDelete(summaries, keyQuotes, subtreeIds(codes, id));
  return {
    codes: impact.codes.length,
    codings: impact.codings,
    summaries: grid.summaries.length,
    keyQuotes: grid.keyQuotes.length,
  };
}

/** Deletes a code, its sub-codes, their codings, summaries and key quotes (one undoable step). */
export async function deleteCodeWithCodings(session: ProjectSession, id: Id): Promise<void> {
  const { db } = session;
  const [codes, codings, summaries, keyQuotes] = await Promise.all([
    db.codes.toArray(),
    allCodings(db),
    db.summaries.toArray(),
    db.keyQuotes.toArray(),
  ]);
  const ids = subtreeIds(codes, id);
  const gone = new Set(ids);
  const grid = summariesOnDelete(summaries, keyQuotes, ids);
  await session.history.commit('history.deleteCode', {
    codes: { delete: ids },
    codings: { delete: refsOf(codings.filter((c) => gone.has(c.codeId))) },
    summaries: { delete: grid.summaries.map((s) => s.id) },
    keyQuotes: { delete: grid.keyQuotes.map((q) => q.id) },
  });
}

/** Merges one code into another: its codings, sub-codes and summaries move, the code goes (undoable). */
export async function mergeCodeInto(session: ProjectSession, sourceId: Id, targetId: Id): Promise<void> {
  const { db } = session;
  const [codes, codings, summaries, keyQuotes] = await Promise.all([
    db.codes.toArray(),
    allCodings(db),
    db.summaries.toArray(),
    db.keyQuotes.toArray(),
  ]);
  const result = mergeCodes(codes, codings, sourceId, targetId);
  if (!result.ok) throw new Error(result.reason);
  const { data } = result;
  const oldCodes = new Set(codes);
  const oldCodings = new Set(codings);
  const kept = new Set(data.codings.map((c) => c.id));
  // The source's summaries, syntheses and key quotes move with its codings (joined where the target has one).
  const grid = summariesOnMerge(summaries, keyQuotes, codings, sourceId, targetId, new Date().toISOString());
  await session.history.commit('history.mergeCodes', {
    summaries: { put: grid.putSummaries, delete: grid.deleteSummaries },
    keyQuotes: { put: grid.putKeyQuotes, delete: grid.deleteKeyQuotes },
    codes: { put: data.codes.filter((c) => !oldCodes.has(c)), delete: [sourceId] },
    codings: {
      put: data.codings.filter((c) => !oldCodings.has(c)),
      delete: refsOf(codings.filter((c) => !kept.has(c.id))),
    },
  });
}

/** The codes the user pinned to the number keys 1–9, in order (live); [] when none are pinned. */
export function usePinnedCodeIds(db: ProjectDb): string[] | undefined {
  return useLiveQuery(async () => {
    const setting = await db.settings.get('pinnedCodes');
    return Array.isArray(setting?.value) ? (setting.value as string[]) : [];
  }, [db]);
}

/** Pins a code to the next free number key, or unpins it (a preference of this project, not an undo step). */
export async function togglePinnedCode(db: ProjectDb, codeId: Id): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const setting = await db.settings.get('pinnedCodes');
    const pinned = Array.isArray(setting?.value) ? (setting.value as string[]) : [];
    const next = pinned.includes(codeId)
      ? pinned.filter((id) => id !== codeId)
      : [...pinned, codeId].slice(-9);
    await db.settings.put({ key: 'pinnedCodes', value: next });
  });
}
