/**
 * Which speaker and perspective a coding belongs to: the speaker of the turn where the coding starts,
 * and that speaker's perspective (or the document's). Used by the codebook and segment exports.
 */
import { perspectiveOf, type Coding, type Id, type ProjectData, type Speaker, type Turn } from '../model.ts';

export type CodingContext = { speaker: Speaker | undefined; perspective: string };

/** A lookup from coding to speaker and perspective, built once per project. */
export function codingContexts(project: ProjectData): (coding: Coding) => CodingContext {
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const speakers = new Map(project.speakers.map((s) => [s.id, s]));
  const turnsByDocument = new Map<Id, Turn[]>();
  for (const turn of project.turns) {
    const list = turnsByDocument.get(turn.documentId) ?? [];
    list.push(turn);
    turnsByDocument.set(turn.documentId, list);
  }
  for (const list of turnsByDocument.values()) list.sort((a, b) => a.start - b.start);
  return (coding) => {
    const turns = turnsByDocument.get(coding.documentId) ?? [];
    let lo = 0;
    let hi = turns.length - 1;
    let found: Turn | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const turn = turns[mid]!;
      if (turn.start <= coding.start) {
        found = turn;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const inside = found && coding.start < Math.max(found.end, found.start + 1) ? found : undefined;
    const speaker = inside?.speakerId ? speakers.get(inside.speakerId) : undefined;
    return { speaker, perspective: perspectiveOf(speaker, documents.get(coding.documentId)) };
  };
}

/** The perspectives present in a project (documents and speakers), sorted. */
export function projectPerspectives(project: ProjectData): string[] {
  const all = new Set<string>();
  for (const d of project.documents) if (d.attributes.perspective) all.add(d.attributes.perspective);
  for (const s of project.speakers) if (s.attributes.perspective) all.add(s.attributes.perspective);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** Codings per code per perspective ('' for codings without a perspective). */
export function codingsPerPerspective(project: ProjectData): Map<Id, Map<string, number>> {
  const context = codingContexts(project);
  const counts = new Map<Id, Map<string, number>>();
  for (const coding of project.codings) {
    const perspective = context(coding).perspective;
    const perCode = counts.get(coding.codeId) ?? new Map<string, number>();
    perCode.set(perspective, (perCode.get(perspective) ?? 0) + 1);
    counts.set(coding.codeId, perCode);
  }
  return counts;
}
