import { perspectiveOf, type KoorDocument, type Speaker, type Turn } from '../model.ts';
import { countWords } from './words.ts';

/** Turns and spoken words of one speaker, with their share of the group's words. */
export type SpeakerRow = {
  speakerId: string;
  name: string;
  role: Speaker['role'];
  perspective: string;
  /** The document (group) the speaker spoke in. */
  documentId: string;
  documentName: string;
  turns: number;
  words: number;
  /** Fraction (0–1) of all words spoken in the document or perspective. */
  share: number;
};

/** Speaker rows of one group (a document or a perspective) and the moderator's share of the words. */
export type SpeakerGroup = {
  key: string;
  label: string;
  rows: SpeakerRow[];
  words: number;
  /** The moderator's share of the words; null when no speaker of the group is marked as moderator. */
  moderatorShare: number | null;
};

/** What the documents table shows of one document. */
export type DocumentCounts = { speakers: number; turns: number; words: number };

/**
 * Per document and per perspective: turns and words per speaker, with the moderator's share; and the speakers,
 * turns and words of each document. One pass over the turns (the words of 70 transcripts are counted once).
 * Speakers are listed in the order they first speak; in a perspective, document by document in project order.
 */
export function speakerOverview(
  documents: readonly KoorDocument[],
  speakers: readonly Speaker[],
  turns: readonly Turn[],
  /** The words of each turn by turn id, when already counted (turnWords); else counted here. */
  counted?: ReadonlyMap<string, number>,
): { byDocument: SpeakerGroup[]; byPerspective: SpeakerGroup[]; counts: Map<string, DocumentCounts> } {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const counts = new Map<string, DocumentCounts>(
    documents.map((d) => [d.id, { speakers: 0, turns: 0, words: 0 }]),
  );
  for (const s of speakers) {
    const count = counts.get(s.documentId);
    if (count) count.speakers++;
  }
  const rows = new Map<string, SpeakerRow>(
    speakers.map((s) => [
      s.id,
      {
        speakerId: s.id,
        name: s.name,
        role: s.role,
        perspective: perspectiveOf(s, docs.get(s.documentId)),
        documentId: s.documentId,
        documentName: docs.get(s.documentId)?.name ?? '',
        turns: 0,
        words: 0,
        share: 0,
      },
    ]),
  );
  const firstSpoke = new Map<string, number>();
  for (const turn of turns) {
    const doc = docs.get(turn.documentId);
    if (!doc) continue;
    const words = counted?.get(turn.id) ?? countWords(doc.text.slice(turn.start, turn.end));
    const count = counts.get(doc.id)!;
    count.turns++;
    count.words += words;
    const row = turn.speakerId ? rows.get(turn.speakerId) : undefined;
    if (!row) continue;
    firstSpoke.set(row.speakerId, Math.min(firstSpoke.get(row.speakerId) ?? Infinity, turn.start));
    row.turns++;
    row.words += words;
  }
  const group = (key: string, label: string, members: SpeakerRow[]): SpeakerGroup => {
    const words = members.reduce((sum, r) => sum + r.words, 0);
    const moderators = members.filter((r) => r.role === 'moderator');
    const moderator = moderators.reduce((sum, r) => sum + r.words, 0);
    return {
      key,
      label,
      words,
      moderatorShare: moderators.length === 0 ? null : words ? moderator / words : 0,
      rows: members.map((r) => ({ ...r, share: words ? r.words / words : 0 })),
    };
  };
  const rowsByDocument = new Map<string, SpeakerRow[]>(documents.map((d) => [d.id, []]));
  for (const s of speakers) rowsByDocument.get(s.documentId)?.push(rows.get(s.id)!);
  // Speakers in the order they first speak (as a reader meets them), the silent ones last.
  const spoke = (r: SpeakerRow) => firstSpoke.get(r.speakerId) ?? Infinity;
  for (const list of rowsByDocument.values()) list.sort((a, b) => spoke(a) - spoke(b));
  const byDocument = documents.map((d) => group(d.id, d.name, rowsByDocument.get(d.id)!));
  // Document by document, so each group's speakers stay together under their document.
  const inOrder = documents.flatMap((d) => rowsByDocument.get(d.id)!);
  const perspectives = [...new Set(inOrder.map((r) => r.perspective))];
  const byPerspective = perspectives.map((p) =>
    group(
      p,
      p,
      inOrder.filter((r) => r.perspective === p),
    ),
  );
  return { byDocument, byPerspective, counts };
}
