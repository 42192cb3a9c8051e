import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Speaker, Turn } from '../model.ts';
import {
  applyTurnChange,
  mergeWithPrevious,
  reassignSpeaker,
  reassignTurns,
  splitPoint,
  splitTurn,
  type SpeakerTarget,
  type TurnChange,
  type TurnState,
} from './turnEdits.ts';

function speaker(id: string, name: string, perspective?: string): Speaker {
  return {
    id,
    documentId: 'd',
    label: name,
    name,
    role: 'participant',
    attributes: perspective ? { perspective } : {},
  };
}

/** A document from turns given as [speakerId, words]: words joined by spaces, turns by blank lines. */
function documentOf(parts: [string, string][], speakers: Speaker[]): TurnState {
  let text = '';
  const turns: Turn[] = parts.map(([speakerId, words], i) => {
    if (text) text += '\n\n';
    const turn: Turn = { id: `t${i}`, documentId: 'd', speakerId, start: text.length, end: 0, time: i * 10 };
    text += words;
    turn.end = text.length;
    return turn;
  });
  return { documentId: 'd', text, turns, speakers };
}

function ids(): () => string {
  let n = 0;
  return () => `new${++n}`;
}

function ok(result: ReturnType<typeof splitTurn>): TurnChange {
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

const ANNA = speaker('a', 'Anna');
const BRAM = speaker('b', 'Bram', 'onderwijs');
const base = documentOf(
  [
    ['a', 'Wat is normaal voor jullie?'],
    ['b', 'Voor mij is dat gewoon thuis. En voor mij is het school.'],
    ['a', 'Dank je.'],
  ],
  [ANNA, BRAM],
);
const second = base.turns[1]!;
const missed = base.text.indexOf('En voor mij');

describe('splitPoint', () => {
  it.each([
    ['between words', 'ab cd', 3, { firstEnd: 2, secondStart: 3 }],
    ['on the space', 'ab cd', 2, { firstEnd: 2, secondStart: 3 }],
    ['inside a word: before that word', 'ab cdef', 5, { firstEnd: 2, secondStart: 3 }],
    ['at the start: nothing before', 'ab cd', 0, null],
    ['at the end: nothing after', 'ab cd', 5, null],
    ['inside the only word', 'abcd', 2, null],
  ])('%s', (_name, text, offset, expected) => {
    expect(splitPoint(text, 0, text.length, offset)).toEqual(expected);
  });
});

describe('splitTurn', () => {
  it('gives the second part to a new speaker who takes the document perspective', () => {
    const change = ok(splitTurn(base, second.id, missed, { kind: 'new', name: ' Mo ' }, ids()));
    const after = applyTurnChange(base, change);
    expect(after.turns.map((t) => base.text.slice(t.start, t.end))).toEqual([
      'Wat is normaal voor jullie?',
      'Voor mij is dat gewoon thuis.',
      'En voor mij is het school.',
      'Dank je.',
    ]);
    expect(after.turns.map((t) => t.speakerId)).toEqual(['a', 'b', 'new1', 'a']);
    expect(change.speakers.put).toEqual([
      { id: 'new1', documentId: 'd', label: 'Mo', name: 'Mo', role: 'participant', attributes: {} },
    ]);
    expect(after.turns[1]!.time).toBe(10);
    expect(after.turns[2]!.time).toBeUndefined();
  });

  it('reuses a speaker of the same name instead of making a second one', () => {
    const change = ok(splitTurn(base, second.id, missed, { kind: 'new', name: 'anna' }, ids()));
    expect(change.speakers.put).toEqual([]);
    expect(change.speakerId).toBe('a');
  });

  it('keeps a chosen perspective and role for a new speaker', () => {
    const target: SpeakerTarget = { kind: 'new', name: 'Mo', perspective: 'jgz', role: 'moderator' };
    const change = ok(splitTurn(base, second.id, missed, target, ids()));
    expect(change.speakers.put[0]).toMatchObject({ role: 'moderator', attributes: { perspective: 'jgz' } });
  });

  it.each([
    ['at the turn start', second.start, 'turns.splitEmpty'],
    ['past the last word', second.end, 'turns.splitEmpty'],
  ])('refuses a split %s', (_name, offset, reason) => {
    expect(splitTurn(base, second.id, offset, { kind: 'existing', speakerId: 'a' })).toEqual({
      ok: false,
      reason,
    });
  });

  it('refuses an unknown turn, an unknown speaker and an empty name', () => {
    expect(splitTurn(base, 'x', missed, { kind: 'existing', speakerId: 'a' })).toMatchObject({
      reason: 'turns.noTurn',
    });
    expect(splitTurn(base, second.id, missed, { kind: 'existing', speakerId: 'x' })).toMatchObject({
      reason: 'turns.noSpeaker',
    });
    expect(splitTurn(base, second.id, missed, { kind: 'new', name: '  ' })).toMatchObject({
      reason: 'turns.emptyName',
    });
  });
});

describe('reassign and merge', () => {
  it('gives all turns of a speaker to another and removes the speaker left without turns', () => {
    const change = ok(reassignSpeaker(base, 'b', { kind: 'existing', speakerId: 'a' }));
    expect(change.speakers.delete).toEqual(['b']);
    expect(applyTurnChange(base, change).turns.every((t) => t.speakerId === 'a')).toBe(true);
  });

  it('gives selected turns to a new speaker; the old speaker stays while it has turns', () => {
    const change = ok(reassignTurns(base, ['t0'], { kind: 'new', name: 'Gespreksleider' }, ids()));
    const after = applyTurnChange(base, change);
    expect(after.turns.map((t) => t.speakerId)).toEqual(['new1', 'b', 'a']);
    expect(change.speakers.delete).toEqual([]);
  });

  it('merges a turn into the previous one, which keeps its speaker and start time', () => {
    const change = ok(mergeWithPrevious(base, 't2'));
    const after = applyTurnChange(base, change);
    expect(after.turns).toHaveLength(2);
    expect(after.turns[1]).toMatchObject({ id: 't1', speakerId: 'b', start: second.start, time: 10 });
    expect(base.text.slice(after.turns[1]!.start, after.turns[1]!.end)).toBe(
      'Voor mij is dat gewoon thuis. En voor mij is het school.\n\nDank je.',
    );
    expect(change.mergedInto).toEqual({ t2: 't1' });
    expect(mergeWithPrevious(base, 't0')).toMatchObject({ ok: false, reason: 'turns.noPrevious' });
  });
});

// Properties: over any sequence of corrections, the words never move.

const word = fc.stringMatching(/^[a-zé]{1,6}$/);
const documentArbitrary = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.array(word, { minLength: 1, maxLength: 8 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) =>
    documentOf(
      parts.map(([s, words]) => [s, words.join(' ')]),
      [speaker('a', 'Anna'), speaker('b', 'Bram'), speaker('c', 'Cas')],
    ),
  );
type Op =
  | { kind: 'split'; turn: number; at: number; target: number }
  | { kind: 'reassign'; turns: number[]; target: number }
  | { kind: 'speaker'; from: number; target: number }
  | { kind: 'merge'; turn: number };
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('split' as const), turn: fc.nat(), at: fc.nat(), target: fc.nat(4) }),
  fc.record({
    kind: fc.constant('reassign' as const),
    turns: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    target: fc.nat(4),
  }),
  fc.record({ kind: fc.constant('speaker' as const), from: fc.nat(), target: fc.nat(4) }),
  fc.record({ kind: fc.constant('merge' as const), turn: fc.nat() }),
);

/** The speaker of every non-space character (undefined where no turn covers it). */
function speakerPerCharacter(state: TurnState): (string | null | undefined)[] {
  const owner: (string | null | undefined)[] = Array.from(state.text, () => undefined);
  for (const turn of state.turns) {
    for (let i = turn.start; i < turn.end; i++) {
      if (/\s/.test(state.text[i]!)) continue;
      if (owner[i] !== undefined) throw new Error(`character ${i} in two turns`);
      owner[i] = turn.speakerId;
    }
  }
  return owner;
}

function run(state: TurnState, op: Op, makeId: () => string) {
  const turns = state.turns;
  const target = (n: number): SpeakerTarget =>
    n < state.speakers.length
      ? { kind: 'existing', speakerId: state.speakers[n]!.id }
      : { kind: 'new', name: `Nieuw ${n}` };
  if (op.kind === 'split') {
    const turn = turns[op.turn % turns.length]!;
    const offset = turn.start + (op.at % (turn.end - turn.start + 1));
    return { result: splitTurn(state, turn.id, offset, target(op.target), makeId), turn, offset };
  }
  if (op.kind === 'reassign') {
    const chosen = [...new Set(op.turns.map((n) => turns[n % turns.length]!.id))];
    return { result: reassignTurns(state, chosen, target(op.target), makeId), chosen };
  }
  if (op.kind === 'speaker') {
    const from = state.speakers[op.from % state.speakers.length]!.id;
    return { result: reassignSpeaker(state, from, target(op.target), makeId), from };
  }
  return { result: mergeWithPrevious(state, turns[op.turn % turns.length]!.id) };
}

describe('turn edits (properties)', () => {
  it('keep the text, cover the same words once each, and move speakers only where asked', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(opArbitrary, { maxLength: 12 }), (start, ops) => {
        let state = start;
        const makeId = ids();
        const covered = speakerPerCharacter(start).map((s) => s !== undefined);
        for (const op of ops) {
          const before = speakerPerCharacter(state);
          const outcome = run(state, op, makeId);
          if (!outcome.result.ok) continue;
          const change = outcome.result.data;
          const next = applyTurnChange(state, change);
          const after = speakerPerCharacter(next);
          expect(next.text).toBe(start.text);
          expect(after.map((s) => s !== undefined)).toEqual(covered);
          // Turns are ordered, non-empty, and every turn's speaker exists.
          next.turns.forEach((t, i) => {
            expect(t.end).toBeGreaterThan(t.start);
            if (i > 0) expect(t.start).toBeGreaterThanOrEqual(next.turns[i - 1]!.end);
            expect(next.speakers.some((s) => s.id === t.speakerId)).toBe(true);
          });
          // A speaker was removed only when it lost its last turn.
          for (const id of change.speakers.delete) {
            expect(state.turns.some((t) => t.speakerId === id)).toBe(true);
            expect(next.turns.some((t) => t.speakerId === id)).toBe(false);
          }
          // Characters change speaker only where the operation says so.
          after.forEach((who, i) => {
            if (who === before[i]) return;
            if (op.kind === 'split' && 'turn' in outcome && outcome.turn && outcome.offset !== undefined) {
              expect(i).toBeGreaterThanOrEqual(outcome.turn.start);
              expect(i).toBeLessThan(outcome.turn.end);
              expect(who).toBe(change.speakerId);
            } else if (op.kind === 'reassign' || op.kind === 'speaker') {
              expect(who).toBe(change.speakerId);
            } else {
              const into = Object.values(change.mergedInto)[0];
              expect(who).toBe(next.turns.find((t) => t.id === into)?.speakerId);
            }
          });
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
