import {
  mergeWithPrevious,
  reassignSpeaker,
  reassignTurns,
  splitTurn,
  type SpeakerTarget,
  type TurnChange,
  type TurnState,
} from '../../shared/coding/turnEdits.ts';
import type { Id, Result } from '../../shared/model.ts';
import { documentTurns } from './lists.ts';
import type { Patch } from './patch.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb, Question } from './schema.ts';

export type { SpeakerTarget };

/** What a speaker correction did, for the message the user sees. */
export type TurnEditDone = { speakerId: Id | null; turns: number; removedSpeakers: number };

async function stateOf(db: ProjectDb, documentId: Id): Promise<TurnState | null> {
  const [document, turns, speakers] = await Promise.all([
    db.documents.get(documentId),
    documentTurns(db, documentId),
    db.speakers.where('documentId').equals(documentId).toArray(),
  ]);
  return document ? { documentId, text: document.text, turns, speakers } : null;
}

/**
 * A question of the questioning route whose turn was merged away moves to the turn that took its words,
 * unless that turn already opens a question (then it goes: the two segments became one).
 */
function questionsAfterMerge(
  questions: Question[],
  change: TurnChange,
  state: TurnState,
): Patch['questions'] {
  const put: Question[] = [];
  const remove: Id[] = [];
  const opening = new Set(questions.map((q) => q.turnId));
  for (const question of questions) {
    const into = change.mergedInto[question.turnId];
    if (!into) continue;
    if (opening.has(into)) {
      remove.push(question.id);
      continue;
    }
    const turn = state.turns.find((t) => t.id === into);
    put.push({ ...question, turnId: into, start: turn?.start ?? question.start });
    opening.add(into);
  }
  return { put, delete: remove };
}

/** Reads a document, runs a pure turn edit on it and commits the result as one undoable step. */
async function commitTurnEdit(
  session: ProjectSession,
  documentId: Id,
  label: string,
  edit: (state: TurnState) => Result<TurnChange>,
): Promise<Result<TurnEditDone>> {
  const state = await stateOf(session.db, documentId);
  if (!state) return { ok: false, reason: 'turns.noTurn' };
  const result = edit(state);
  if (!result.ok) return result;
  const change = result.data;
  const patch: Patch = {
    turns: { put: change.turns.put, delete: change.turns.delete.map((id) => ({ id, documentId })) },
    speakers: change.speakers,
  };
  if (Object.keys(change.mergedInto).length > 0) {
    const questions = await session.db.questions.where('documentId').equals(documentId).toArray();
    patch.questions = questionsAfterMerge(questions, change, state);
  }
  await session.history.commit(label, patch);
  return {
    ok: true,
    data: {
      speakerId: change.speakerId,
      turns: change.turns.put.length,
      removedSpeakers: change.speakers.delete.length,
    },
  };
}

/** Splits a turn at a cursor offset; the second part goes to the target speaker (one undoable step). */
export function splitTurnAt(
  session: ProjectSession,
  documentId: Id,
  turnId: Id,
  offset: number,
  target: SpeakerTarget,
): Promise<Result<TurnEditDone>> {
  return commitTurnEdit(session, documentId, 'history.splitTurn', (state) =>
    splitTurn(state, turnId, offset, target),
  );
}

/** Gives one or several turns to the target speaker (one undoable step). */
export function reassignTurnsTo(
  session: ProjectSession,
  documentId: Id,
  turnIds: readonly Id[],
  target: SpeakerTarget,
): Promise<Result<TurnEditDone>> {
  return commitTurnEdit(session, documentId, 'history.changeSpeaker', (state) =>
    reassignTurns(state, turnIds, target),
  );
}

/** Gives every turn of a speaker to the target speaker, the old speaker going away (one undoable step). */
export function reassignSpeakerTo(
  session: ProjectSession,
  documentId: Id,
  speakerId: Id,
  target: SpeakerTarget,
): Promise<Result<TurnEditDone>> {
  return commitTurnEdit(session, documentId, 'history.changeSpeaker', (state) =>
    reassignSpeaker(state, speakerId, target),
  );
}

/** Merges a turn into the previous one (one undoable step). */
export function mergeTurnWithPrevious(
  session: ProjectSession,
  documentId: Id,
  turnId: Id,
): Promise<Result<TurnEditDone>> {
  return commitTurnEdit(session, documentId, 'history.mergeTurns', (state) =>
    mergeWithPrevious(state, turnId),
  );
}
