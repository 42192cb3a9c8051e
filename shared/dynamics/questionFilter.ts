import type { Id, ProjectData } from '../model.ts';

/** A stored question of the route: the label it has and where its segment starts. */
export type RouteQuestion = { documentId: Id; label: string; start: number };

/** The distinct question labels of a project's routes, in route order of first appearance. */
export function questionLabels(questions: readonly RouteQuestion[]): string[] {
  return [...new Set(questions.map((q) => q.label))];
}

/**
 * The part of a project that belongs to one question of the route (by label, so a route reused across groups
 * filters every group): the turns and codings that start in its segments, and the groups that have it.
 * A segment runs from its question to the next question of the same group, or to the end of the text.
 */
export function restrictToQuestion(
  project: ProjectData,
  questions: readonly RouteQuestion[],
  label: string,
): ProjectData {
  const segments = new Map<Id, { start: number; end: number }[]>();
  const texts = new Map(project.documents.map((d) => [d.id, d.text.length]));
  const byDocument = new Map<Id, RouteQuestion[]>();
  for (const q of questions) byDocument.set(q.documentId, [...(byDocument.get(q.documentId) ?? []), q]);
  for (const [documentId, list] of byDocument) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    sorted.forEach((q, i) => {
      if (q.label !== label) return;
      const end = sorted[i + 1]?.start ?? texts.get(documentId) ?? q.start;
      segments.set(documentId, [...(segments.get(documentId) ?? []), { start: q.start, end }]);
    });
  }
  const inside = (documentId: Id, offset: number) =>
    segments.get(documentId)?.some((s) => offset >= s.start && offset < s.end) ?? false;
  return {
    ...project,
    documents: project.documents.filter((d) => segments.has(d.id)),
    speakers: project.speakers.filter((s) => segments.has(s.documentId)),
    turns: project.turns.filter((t) => inside(t.documentId, t.start)),
    codings: project.codings.filter((c) => inside(c.documentId, c.start)),
  };
}
