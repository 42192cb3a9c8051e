import { documentTurns } from '../../../shared/dynamics/participation.ts';
import type { Question } from '../../../shared/dynamics/questions.ts';
import type { Id, ProjectData, Speaker } from '../../../shared/model.ts';
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
