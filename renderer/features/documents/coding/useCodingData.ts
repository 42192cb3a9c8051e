import { useMemo } from 'react';
import type { Code, Coding, KoorDocument, Speaker, Turn } from '../../../../shared/model.ts';
import { useCodes } from '../../../db/codes.ts';
import { useDocumentCodings } from '../../../db/codings.ts';
import { useDocument, useSpeakers, useTurns } from '../../../db/documents.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import type { PendingInsertions } from './rowStripes.ts';

/** The rows the transcript shows: the preamble (if any) and every turn. */
export type Row = { key: string; start: number; end: number; turn?: Turn; speaker?: Speaker };

export type CodingData = {
  document: KoorDocument;
  rows: Row[];
  codes: Code[];
  codesById: Map<string, Code>;
  codings: Coding[];
  speakers: Speaker[];
  /** In a shared project: the names of the other coders, shown beside their codings. */
  otherCoders?: ReadonlyMap<string, string>;
  /** When `codings` are stored ones with codings being stored inserted: which (usePendingCodings). */
  pending?: PendingInsertions;
};

/** Everything the coding view of one document needs, from live queries. */
export function useCodingData(documentId: string): CodingData | null | undefined {
  const { db } = useProject();
  const document = useDocument(db, documentId);
  const turns = useTurns(db, documentId);
  const allSpeakers = useSpeakers(db);
  const codes = useCodes(db);
  const codings = useDocumentCodings(db, documentId);
  // Rows depend on the text, turns and speakers only, so that coding (which changes codings) keeps them.
  const structure = useMemo(() => {
    if (!document || !turns || !allSpeakers) return undefined;
    const speakers = allSpeakers.filter((s) => s.documentId === documentId);
    const byId = new Map(speakers.map((s) => [s.id, s]));
    const rows: Row[] = [];
    const firstStart = turns[0]?.start ?? document.text.length;
    if (document.preambleEnd || firstStart > 0) {
      const end = Math.min(document.preambleEnd ?? firstStart, firstStart) || firstStart;
      if (end > 0) rows.push({ key: 'preamble', start: 0, end });
    }
    for (const turn of turns) {
      const row: Row = { key: turn.id, start: turn.start, end: turn.end, turn };
      const speaker = turn.speakerId ? byId.get(turn.speakerId) : undefined;
      if (speaker) row.speaker = speaker;
      rows.push(row);
    }
    if (turns.length === 0 && document.text.length > 0 && rows.length === 0) {
      rows.push({ key: 'text', start: 0, end: document.text.length });
    }
    return { rows, speakers };
  }, [document, turns, allSpeakers, documentId]);
  const codesById = useMemo(() => (codes ? new Map(codes.map((c) => [c.id, c])) : undefined), [codes]);
  return useMemo(() => {
    if (document === null) return null;
    if (!document || !structure || !codes || !codesById || !codings) return undefined;
    return { document, rows: structure.rows, codes, codesById, codings, speakers: structure.speakers };
  }, [document, structure, codes, codesById, codings]);
}
