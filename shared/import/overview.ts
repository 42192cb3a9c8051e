import { perspectiveOf, type KoorDocument, type Speaker, type Turn } from '../model.ts';
import { countWords } from './words.ts';

/** Turns and spoken words of one speaker, with their share of the group's words. */
export type SpeakerRow = {
  speakerId: string;
  name: string;
  role: Speaker['role'];
  perspective: string;
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
  moderatorShare: number;
};

/** Per document and per perspective: turns and words per speaker, with the moderator's share. */
export function speakerOverview(
  documents: readonly KoorDocument[],
  speakers: readonly Speaker[],
  turns: readonly Turn[],
): { byDocument: SpeakerGroup[]; byPerspective: SpeakerGroup[] } {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const rows = new Map<string, SpeakerRow>(
    speakers.map((s) => [
      s.id,
      {
        speakerId: s.id,
        name: s.name,
        role: s.role,
        perspective: perspectiveOf(s, docs.get(s.documentId)),
        turns: 0,
        words: 0,
        share: 0,
      },
    ]),
  );
  for (const turn of turns) {
    const row = turn.speakerId ? rows.get(turn.speakerId) : undefined;
    const doc = docs.get(turn.documentId);
    if (!row || !doc) continue;
    row.turns++;
    row.words += countWords(doc.text.slice(turn.start, turn.end));
  }
  const group = (key: string, label: string, members: SpeakerRow[]): SpeakerGroup => {
    const words = members.reduce((sum, r) => sum + r.words, 0);
    const moderator = members.filter((r) => r.role === 'moderator').reduce((sum, r) => sum + r.words, 0);
    return {
      key,
      label,
      words,
      moderatorShare: words ? moderator / words : 0,
      rows: members.map((r) => ({ ...r, share: words ? r.words / words : 0 })),
    };
  };
  const byDocument = documents.map((d) =>
    group(
      d.id,
      d.name,
      speakers.filter((s) => s.documentId === d.id).map((s) => rows.get(s.id)!),
    ),
  );
  const perspectives = [...new Set([...rows.values()].map((r) => r.perspective))];
  const byPerspective = perspectives.map((p) =>
    group(
      p,
      p,
      [...rows.values()].filter((r) => r.perspective === p),
    ),
  );
  return { byDocument, byPerspective };
}
