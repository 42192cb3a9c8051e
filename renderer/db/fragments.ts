import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Turn } from '../../shared/model.ts';
import { documentTurns } from './lists.ts';
import { visibleCodings } from './visible.ts';
import type { ProjectDb } from './schema.ts';

/** The last turn (in text order) that starts at or before `offset`. */
function turnBefore(turns: readonly Turn[], offset: number): Turn | undefined {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (turns[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return turns[lo - 1];
}

/** A coded fragment as the codebook shows it: its words, where it comes from and who said it. */
export type CodeFragment = { codingId: Id; text: string; documentName: string; speaker: string };

/** The text of a code's codings (live), first `limit` in document order, for choosing an example quote. */
export function useCodeFragments(db: ProjectDb, codeId: Id | null, limit = 50): CodeFragment[] | undefined {
  return useLiveQuery(() => (codeId ? codeFragments(db, codeId, limit) : []), [db, codeId, limit]);
}

/** The text of a code's codings this computer shows, first `limit` in document order. */
export async function codeFragments(db: ProjectDb, codeId: Id, limit = 50): Promise<CodeFragment[]> {
  const codings = (await visibleCodings(db))
    .filter((c) => c.codeId === codeId)
    .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start)
    .slice(0, limit);
  const documentIds = [...new Set(codings.map((c) => c.documentId))];
  const documents = new Map(
    (await db.documents.bulkGet(documentIds)).flatMap((d) => (d ? [[d.id, d] as const] : [])),
  );
  const fragments: CodeFragment[] = [];
  const turns = new Map<Id, Turn[]>();
  for (const coding of codings) {
    const document = documents.get(coding.documentId);
    if (!document) continue;
    turns.set(
      coding.documentId,
      turns.get(coding.documentId) ?? (await documentTurns(db, coding.documentId)),
    );
    const turn = turnBefore(turns.get(coding.documentId)!, coding.start);
    const speaker = turn?.speakerId ? await db.speakers.get(turn.speakerId) : undefined;
    fragments.push({
      codingId: coding.id,
      text: document.text.slice(coding.start, coding.end).trim(),
      documentName: document.name,
      speaker: speaker?.name || speaker?.label || '',
    });
  }
  return fragments;
}
