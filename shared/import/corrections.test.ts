import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTranscript } from './build.ts';
import { mergeParsedTurn, relabelParsedTurns, splitParsedTurn } from './corrections.ts';
import type { ParsedTranscript } from './types.ts';

const parsed = buildTranscript(
  {
    preamble: ['Groepsgesprek ouders'],
    utterances: [
      { speaker: 'GL', text: 'Wat is normaal?', time: 0 },
      {
        speaker: 'R1',
        text: 'Bij ons thuis is alles normaal. Nou, bij ons niet hoor.',
        time: 5,
        endTime: 20,
      },
      { speaker: 'GL', text: 'Dank jullie.', time: 21 },
    ],
  },
  'txt',
);

function ok(result: ReturnType<typeof splitParsedTurn>): ParsedTranscript {
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

const texts = (p: ParsedTranscript) => p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end)]);

describe('corrections in the import preview', () => {
  it('splits a turn and gives the second part to a new speaker, who joins the speaker list', () => {
    const offset = parsed.text.indexOf('Nou,');
    const next = ok(splitParsedTurn(parsed, 1, offset, ' R2 '));
    expect(texts(next)).toEqual([
      ['GL', 'Wat is normaal?'],
      ['R1', 'Bij ons thuis is alles normaal.'],
      ['R2', 'Nou, bij ons niet hoor.'],
      ['GL', 'Dank jullie.'],
    ]);
    expect(next.speakers.map((s) => s.label)).toEqual(['GL', 'R1', 'R2']);
    expect(next.turns[1]).toMatchObject({ time: 5 });
    expect(next.turns[1]!.endTime).toBeUndefined();
    expect(next.turns[2]).toMatchObject({ endTime: 20 });
    expect(next.text).toBe(parsed.text);
  });

  it('relabels turns, dropping a speaker left without turns and guessing a new moderator', () => {
    const next = ok(relabelParsedTurns(parsed, [1], 'Interviewer'));
    expect(next.speakers).toEqual([
      { label: 'GL', role: 'moderator' },
      { label: 'Interviewer', role: 'moderator' },
    ]);
  });

  it('merges a turn into the previous one', () => {
    const next = ok(mergeParsedTurn(parsed, 2));
    expect(next.turns).toHaveLength(2);
    expect(next.turns[1]).toMatchObject({ speakerLabel: 'R1', time: 5, endTime: 20 });
    expect(next.text.slice(next.turns[1]!.start, next.turns[1]!.end)).toMatch(/hoor\.\n\nDank jullie\.$/);
    expect(mergeParsedTurn(parsed, 0)).toMatchObject({ ok: false, reason: 'turns.noPrevious' });
  });

  it('refuses an empty label and a split that leaves an empty part', () => {
    expect(relabelParsedTurns(parsed, [0], ' ')).toMatchObject({ ok: false, reason: 'turns.emptyName' });
    expect(splitParsedTurn(parsed, 0, parsed.turns[0]!.start, 'X')).toMatchObject({
      reason: 'turns.splitEmpty',
    });
    expect(relabelParsedTurns(parsed, [9], 'X')).toMatchObject({ reason: 'turns.noTurn' });
  });

  it('keeps the text and its coverage, and lists exactly the labels in use (property)', () => {
    const covered = (p: ParsedTranscript) => {
      const marks = Array.from(p.text, () => 0);
      p.turns.forEach((t) => {
        for (let i = t.start; i < t.end; i++) if (!/\s/.test(p.text[i]!)) marks[i]!++;
      });
      return marks;
    };
    const start = covered(parsed);
    const op = fc.oneof(
      fc.tuple(fc.constant('split'), fc.nat(), fc.nat(), fc.constantFrom('GL', 'R1', 'R9')),
      fc.tuple(fc.constant('label'), fc.nat(), fc.nat(), fc.constantFrom('GL', 'R1', 'R9')),
      fc.tuple(fc.constant('merge'), fc.nat(), fc.nat(), fc.constant('')),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        let state = parsed;
        for (const [kind, n, at, label] of ops) {
          const index = n % state.turns.length;
          const turn = state.turns[index]!;
          const result =
            kind === 'split'
              ? splitParsedTurn(state, index, turn.start + (at % (turn.end - turn.start + 1)), label)
              : kind === 'label'
                ? relabelParsedTurns(state, [index], label)
                : mergeParsedTurn(state, index);
          if (!result.ok) continue;
          state = result.data;
          expect(state.text).toBe(parsed.text);
          expect(covered(state)).toEqual(start);
          const inUse = [...new Set(state.turns.map((t) => t.speakerLabel))];
          expect(state.speakers.map((s) => s.label)).toEqual(inUse);
        }
      }),
      { numRuns: 200 },
    );
  });
});
