import { documentTurns } from '../../../shared/dynamics/participation.ts';
import type { Question } from '../../../shared/dynamics/questions.ts';
import type { Id, ProjectData, Speaker, Turn } from '../../../shared/model.ts';
import type { Question as StoredQuestion } from '../../db/questions.ts';

/** Stored questions of one group as segments: each runs to the next question, the last to the last turn. */
export function storedSegments(
  project: ProjectData,
  documentId: Id,
  stored: readonly StoredQuestion[],
): Question[] {
  const turns = documentTurns(project, documentId);
  const last =
    turns[turns.length - 1]?.end ?? project.documents.find((d) => d.id === documentId)?.text.length ?? 0;
  const rows = stored.filter((q) => q.documentId === documentId).sort((a, b) => a.start - b.start);
  return rows.map((q, i) => ({
    id: q.id,
    documentId,
    turnId: q.turnId,
    label: q.label,
    start: q.start,
    end: rows[i + 1]?.start ?? Math.max(last, q.start),
  }));
}

/** The name a researcher knows a speaker by. */
export function speakerName(speaker: Speaker | undefined): string {
  return speaker ? speaker.name || speaker.label : '?';
}

/** A turn's text on one line, shortened. */
export function snippet(text: string, max = 90): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** "Vraag 3" numbering with the label: the way questions are listed in pickers and tables. */
export function questionTitle(question: Question, index: number): string {
  return `${index + 1}. ${question.label}`;
}

/** A speaker offered as the group's moderator, with what makes them likely: their turns and their questions. */
export type ModeratorCandidate = { speaker: Speaker; turns: number; questions: number };

/**
 * The speakers of a group in the order a researcher would check them for the moderator: most turns that end in a
 * question first (a moderator asks), then most turns, then in order of first speaking. A proposal, never applied
 * without the researcher's choice.
 */
export function moderatorCandidates(
  document: { id: Id; text: string },
  speakers: readonly Speaker[],
  turns: readonly Turn[],
): ModeratorCandidate[] {
  const stats = new Map(
    speakers.map((s, i) => [s.id, { speaker: s, turns: 0, questions: 0, first: Infinity, i }]),
  );
  for (const turn of turns) {
    if (turn.documentId !== document.id || turn.speakerId === null) continue;
    const row = stats.get(turn.speakerId);
    if (!row) continue;
    row.turns++;
    row.first = Math.min(row.first, turn.start);
    if (document.text.slice(turn.start, turn.end).trimEnd().endsWith('?')) row.questions++;
  }
  return [...stats.values()]
    .filter((row) => row.turns > 0)
    .sort((a, b) => b.questions - a.questions || b.turns - a.turns || a.first - b.first || a.i - b.i)
    .map(({ speaker, turns: count, questions }) => ({ speaker, turns: count, questions }));
}
