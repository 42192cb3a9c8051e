import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../shared/model.ts';
import type { ProjectDb } from './schema.ts';

/** A coded fragment as the codebook shows it: its words, where it comes from and who said it. */
export type CodeFragment = { codingId: Id; text: string; documentName: string; speaker: string };

/** The text of a code's codings (live), first `limit` in document order, for choosing an example quote. */
export function useCodeFragments(db: ProjectDb, codeId: Id | null, limit = 50): CodeFragment[] | undefined {
  return useLiveQuery(async () => {
    if (!codeId) return [];
    const codings = (await db.codings.where('codeId').equals(codeId).toArray())
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start)
      .slice(0, limit);
    const documentIds = [...new Set(codings.map((c) => c.documentId))];
    const documents = new Map(
      (await db.documents.bulkGet(documentIds)).flatMap((d) => (d ? [[d.id, d] as const] : [])),
    );
    const fragments: CodeFragment[] = [];
    for (const coding of codings) {
      const document = documents.get(coding.documentId);
      if (!document) continue;
      const turn = await db.turns
        .where('[documentId+start]')
        .between([coding.documentId, -Infinity], [coding.documentId, coding.start], true, true)
        .last();
      const speaker = turn?.speakerId ? await db.speakers.get(turn.speakerId) : undefined;
      fragments.push({
        codingId: coding.id,
        text: document.text.slice(coding.start, coding.end).trim(),
        documentName: document.name,
        speaker: speaker?.name || speaker?.label || '',
      });
    }
    return fragments;
  }, [db, codeId, limit]);
}
