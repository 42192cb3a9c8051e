import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import type { Id } from '../../shared/model.ts';
import type { Patch } from './patch.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb, Question } from './schema.ts';

export type { Question };

/** What the user confirms or adds: the moderator turn that opens a segment and the question's label. */
export type QuestionDraft = { turnId: Id; label: string; start: number };

function byStart(a: Question, b: Question): number {
  return a.start - b.start;
}

/** All stored questions of the project, per group in text order (live). */
export function useAllQuestions(db: ProjectDb): Question[] | undefined {
  return useLiveQuery(
    () => db.questions.toArray().then((rows) => rows.sort((a, b) => a.order - b.order || byStart(a, b))),
    [db],
  );
}

async function documentQuestions(session: ProjectSession, documentId: Id): Promise<Question[]> {
  return (await session.db.questions.where('documentId').equals(documentId).toArray()).sort(byStart);
}

/** Keeps `order` equal to the position after a write: the changed rows to put as well. */
function withOrder(rows: Question[]): Question[] {
  const sorted = [...rows].sort(byStart);
  return sorted.filter((q, order) => q.order !== order).map((q) => ({ ...q, order: sorted.indexOf(q) }));
}

/** Confirms a group's questioning route: the drafts replace any route the group had (one undoable step). */
export async function confirmRoute(
  session: ProjectSession,
  documentId: Id,
  drafts: readonly QuestionDraft[],
): Promise<Question[]> {
  const old = await documentQuestions(session, documentId);
  const rows = [...drafts]
    .sort((a, b) => a.start - b.start)
    .map((d, order): Question => ({
      id: newId(),
      documentId,
      turnId: d.turnId,
      label: d.label,
      start: d.start,
      order,
    }));
  await session.history.commit('history.confirmRoute', {
    questions: { put: rows, delete: old.map((q) => q.id) },
  });
  return rows;
}

/** Renames one question ("Vraag 3: wat is normaal?"). */
export async function renameQuestion(session: ProjectSession, id: Id, label: string): Promise<void> {
  const question = await session.db.questions.get(id);
  if (!question) return;
  await session.history.commit('history.renameQuestion', {
    questions: { put: [{ ...question, label: label.trim() }] },
  });
}

/** Adds a question at a moderator turn; a question already at that turn is relabelled instead. */
export async function addQuestion(
  session: ProjectSession,
  documentId: Id,
  draft: QuestionDraft,
): Promise<Question> {
  const rows = await documentQuestions(session, documentId);
  const existing = rows.find((q) => q.turnId === draft.turnId);
  const question: Question = existing
    ? { ...existing, label: draft.label }
    : { id: newId(), documentId, turnId: draft.turnId, label: draft.label, start: draft.start, order: 0 };
  const after = [...rows.filter((q) => q.id !== question.id), question];
  const reordered = withOrder(after);
  const final = reordered.find((q) => q.id === question.id) ?? question;
  const put = [final, ...reordered.filter((q) => q.id !== question.id)];
  await session.history.commit('history.addQuestion', { questions: { put } });
  return final;
}

async function removeQuestion(session: ProjectSession, id: Id, label: string): Promise<void> {
  const question = await session.db.questions.get(id);
  if (!question) return;
  const rest = (await documentQuestions(session, question.documentId)).filter((q) => q.id !== id);
  const patch: Patch = { questions: { put: withOrder(rest), delete: [id] } };
  await session.history.commit(label, patch);
}

/** Removes a question: its turns no longer open a segment. */
export function deleteQuestion(session: ProjectSession, id: Id): Promise<void> {
  return removeQuestion(session, id, 'history.deleteQuestion');
}

/** Merges a question with the previous one: the previous segment then runs on through this one. */
export function mergeWithPrevious(session: ProjectSession, id: Id): Promise<void> {
  return removeQuestion(session, id, 'history.mergeQuestion');
}

/** Gives a group's route the labels of another group's route (one undoable step). */
export async function relabelRoute(
  session: ProjectSession,
  documentId: Id,
  labels: ReadonlyMap<Id, string>,
): Promise<void> {
  const rows = await documentQuestions(session, documentId);
  const put = rows.filter((q) => labels.has(q.id)).map((q) => ({ ...q, label: labels.get(q.id)! }));
  if (put.length === 0) return;
  await session.history.commit('history.reuseRoute', { questions: { put } });
}
