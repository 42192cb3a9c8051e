import { newId } from '../ids.ts';
import type { Id, Result, Speaker, SpeakerRole, Turn } from '../model.ts';

/**
 * Corrections of who said what, after import: split a turn, give turns to another speaker, merge a turn
 * into the previous one. They only move turn boundaries and speakerIds; the text and every coding stay
 * exactly where they are, so a coding keeps its words and its speaker follows from the turns.
 */

/** Who corrected turns go to: a speaker of the document, or a new one (named by the researcher). */
export type SpeakerTarget =
  | { kind: 'existing'; speakerId: Id }
  | { kind: 'new'; name: string; role?: SpeakerRole; perspective?: string };

/** One document's text, turns and speakers: the state every turn edit works on. */
export type TurnState = { documentId: Id; text: string; turns: Turn[]; speakers: Speaker[] };

/** What a turn edit writes: rows to put and ids to delete, per table. */
export type TurnChange = {
  turns: { put: Turn[]; delete: Id[] };
  speakers: { put: Speaker[]; delete: Id[] };
  /** Turns merged away, with the turn that now holds their words. */
  mergedInto: Record<Id, Id>;
  /** The speaker the corrected words went to. */
  speakerId: Id | null;
};

const SPACE = /\s/;

/** Turns in text order (the stored order is not guaranteed). */
function inOrder(turns: readonly Turn[]): Turn[] {
  return [...turns].sort((a, b) => a.start - b.start);
}

/**
 * Where a turn [start, end) splits for a cursor at `offset`: the first part ends before the white space
 * there, the second starts after it. A cursor inside a word splits before that word. Null when either part
 * would hold no words.
 */
export function splitPoint(
  text: string,
  start: number,
  end: number,
  offset: number,
): { firstEnd: number; secondStart: number } | null {
  let at = Math.max(start, Math.min(end, offset));
  while (at > start && !SPACE.test(text[at - 1]!) && at < end && !SPACE.test(text[at]!)) at--;
  let firstEnd = at;
  while (firstEnd > start && SPACE.test(text[firstEnd - 1]!)) firstEnd--;
  let secondStart = at;
  while (secondStart < end && SPACE.test(text[secondStart]!)) secondStart++;
  if (firstEnd <= start || secondStart >= end) return null;
  return { firstEnd, secondStart };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/**
 * The speaker a target names: an existing one, a speaker of the document whose name or label is the new
 * name (so "Mo" twice never makes two Mo's), or a new speaker that takes the document's perspective unless
 * one was chosen.
 */
function resolveTarget(
  state: TurnState,
  target: SpeakerTarget,
  makeId: () => Id,
): Result<{ speaker: Speaker; created: boolean }> {
  if (target.kind === 'existing') {
    const speaker = state.speakers.find((s) => s.id === target.speakerId);
    return speaker
      ? { ok: true, data: { speaker, created: false } }
      : { ok: false, reason: 'turns.noSpeaker' };
  }
  const name = target.name.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, reason: 'turns.emptyName' };
  const known = state.speakers.find((s) => sameName(s.name, name) || sameName(s.label, name));
  if (known) return { ok: true, data: { speaker: known, created: false } };
  const speaker: Speaker = {
    id: makeId(),
    documentId: state.documentId,
    label: name,
    name,
    role: target.role ?? 'participant',
    attributes: target.perspective ? { perspective: target.perspective } : {},
  };
  return { ok: true, data: { speaker, created: true } };
}

/** Speakers that had turns before and have none after: they go, in the same step. */
function orphans(state: TurnState, after: readonly Turn[]): Id[] {
  const before = new Set(state.turns.map((t) => t.speakerId));
  const still = new Set(after.map((t) => t.speakerId));
  return state.speakers.filter((s) => before.has(s.id) && !still.has(s.id)).map((s) => s.id);
}

/** Applies a change to a state: the state after the edit (turns in text order). */
export function applyTurnChange(state: TurnState, change: TurnChange): TurnState {
  const turnsGone = new Set([...change.turns.delete, ...change.turns.put.map((t) => t.id)]);
  const speakersGone = new Set([...change.speakers.delete, ...change.speakers.put.map((s) => s.id)]);
  return {
    ...state,
    turns: inOrder([...state.turns.filter((t) => !turnsGone.has(t.id)), ...change.turns.put]),
    speakers: [...state.speakers.filter((s) => !speakersGone.has(s.id)), ...change.speakers.put],
  };
}

/** Builds the change for turns whose speaker is set, adding a new speaker and dropping orphans. */
function finish(
  state: TurnState,
  put: Turn[],
  deleted: Id[],
  speaker: { speaker: Speaker; created: boolean } | null,
  mergedInto: Record<Id, Id> = {},
): Result<TurnChange> {
  const gone = new Set([...deleted, ...put.map((t) => t.id)]);
  const after = [...state.turns.filter((t) => !gone.has(t.id)), ...put];
  return {
    ok: true,
    data: {
      turns: { put, delete: deleted },
      speakers: { put: speaker?.created ? [speaker.speaker] : [], delete: orphans(state, after) },
      mergedInto,
      speakerId: speaker ? speaker.speaker.id : null,
    },
  };
}

/**
 * Splits a turn at a cursor offset; the second part goes to the target speaker. The first part keeps the
 * turn's id and start time, the second gets the end time (its own start time is not known).
 */
export function splitTurn(
  state: TurnState,
  turnId: Id,
  offset: number,
  target: SpeakerTarget,
  makeId: () => Id = newId,
): Result<TurnChange> {
  const turn = state.turns.find((t) => t.id === turnId);
  if (!turn) return { ok: false, reason: 'turns.noTurn' };
  const point = splitPoint(state.text, turn.start, turn.end, offset);
  if (!point) return { ok: false, reason: 'turns.splitEmpty' };
  const resolved = resolveTarget(state, target, makeId);
  if (!resolved.ok) return resolved;
  const first: Turn = { ...turn, end: point.firstEnd };
  delete first.endTime;
  const second: Turn = {
    id: makeId(),
    documentId: turn.documentId,
    speakerId: resolved.data.speaker.id,
    start: point.secondStart,
    end: turn.end,
  };
  if (turn.endTime !== undefined) second.endTime = turn.endTime;
  return finish(state, [first, second], [], resolved.data);
}

/** Gives the chosen turns (one, several selected, or all of a speaker) to the target speaker. */
export function reassignTurns(
  state: TurnState,
  turnIds: readonly Id[],
  target: SpeakerTarget,
  makeId: () => Id = newId,
): Result<TurnChange> {
  const wanted = new Set(turnIds);
  const turns = state.turns.filter((t) => wanted.has(t.id));
  if (turns.length === 0 || turns.length !== wanted.size) return { ok: false, reason: 'turns.noTurn' };
  const resolved = resolveTarget(state, target, makeId);
  if (!resolved.ok) return resolved;
  const id = resolved.data.speaker.id;
  const put = turns.filter((t) => t.speakerId !== id).map((t) => ({ ...t, speakerId: id }));
  return finish(state, put, [], resolved.data);
}

/** Gives every turn of one speaker to the target (merging two speakers, or naming a missed one). */
export function reassignSpeaker(
  state: TurnState,
  speakerId: Id,
  target: SpeakerTarget,
  makeId: () => Id = newId,
): Result<TurnChange> {
  if (!state.speakers.some((s) => s.id === speakerId)) return { ok: false, reason: 'turns.noSpeaker' };
  const ids = state.turns.filter((t) => t.speakerId === speakerId).map((t) => t.id);
  if (ids.length === 0) return { ok: false, reason: 'turns.noTurn' };
  return reassignTurns(state, ids, target, makeId);
}

/** Merges a turn into the one before it: one turn of the previous turn's speaker, with both their words. */
export function mergeWithPrevious(state: TurnState, turnId: Id): Result<TurnChange> {
  const turns = inOrder(state.turns);
  const index = turns.findIndex((t) => t.id === turnId);
  if (index < 0) return { ok: false, reason: 'turns.noTurn' };
  if (index === 0) return { ok: false, reason: 'turns.noPrevious' };
  const previous = turns[index - 1]!;
  const turn = turns[index]!;
  const merged: Turn = { ...previous, end: Math.max(previous.end, turn.end) };
  const endTime = turn.endTime ?? previous.endTime;
  if (endTime !== undefined) merged.endTime = endTime;
  if (merged.time === undefined && turn.time !== undefined) merged.time = turn.time;
  const speaker = state.speakers.find((s) => s.id === previous.speakerId);
  return finish(state, [merged], [turn.id], speaker ? { speaker, created: false } : null, {
    [turn.id]: previous.id,
  });
}
