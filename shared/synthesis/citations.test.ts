import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdit, type TextEdit } from '../coding/offsets.ts';
import type { CellSummary, Coding, KoorDocument, ThemeSynthesis } from '../model.ts';
import {
  addCitation,
  citationLookup,
  citationMarkers,
  citeCoding,
  moveCitations,
  removeCitation,
  removeCitationFrom,
  resolveCitation,
} from './citations.ts';

const document = (text: string): KoorDocument => ({
  id: 'd',
  name: 'Groep',
  format: 'txt',
  text,
  sourceHash: '',
  importedAt: '',
  attributes: {},
});
const coding = (id: string, start: number, end: number): Coding => ({
  id,
  documentId: 'd',
  codeId: 'T',
  start,
  end,
  coderId: 'r',
  createdAt: '',
});
const cell = (text: string, codings: Coding[]): CellSummary => ({
  id: 's',
  kind: 'cell',
  codeId: 'T',
  column: { by: 'perspective', value: 'ouders' },
  text,
  citations: codings.map((c, i) => citeCoding(c, `cit${i}`)),
  updatedAt: '',
});

/** A text, a coding in it, and a series of edits. */
const scenario = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
  fc.record({
    text: fc.constant(text),
    range: fc
      .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) })),
    edits: fc.array(
      fc.tuple(fc.nat(80), fc.nat(20), fc.string({ maxLength: 8 })).map(([start, length, insert]) => ({
        start,
        end: start + length,
        insert,
      })),
      { maxLength: 6 },
    ),
  }),
);

/** Applies edits the way the document store does: codings move, collapsed ones are removed. */
function edit(text: string, codings: Coding[], summary: CellSummary, edits: TextEdit[]) {
  let current = { text, codings, summary };
  for (const raw of edits) {
    const start = Math.min(raw.start, current.text.length);
    const step: TextEdit = { start, end: Math.min(raw.end, current.text.length), insert: raw.insert };
    const moved = applyTextEdit(current.text, current.codings, step);
    const gone = new Set(moved.collapsed.map((c) => c.id));
    const [summary] = moveCitations([current.summary], 'd', step);
    current = {
      text: moved.text,
      codings: moved.ranges.filter((c) => !gone.has(c.id)),
      summary: (summary as CellSummary | undefined) ?? current.summary,
    };
  }
  return current;
}

describe('citations under text edits', () => {
  it('stay on exactly the words of their coding, as long as the coding lives', () => {
    fc.assert(
      fc.property(scenario, ({ text, range, edits }) => {
        const c = coding('c', range.start, range.end);
        const after = edit(text, [c], cell('Zie [1].', [c]), edits);
        const citation = after.summary.citations[0]!;
        const resolved = resolveCitation(citation, citationLookup(after.codings, [document(after.text)]));
        const survivor = after.codings.find((x) => x.id === 'c');
        if (survivor) {
          expect(resolved.status).toBe('ok');
          expect({ start: citation.start, end: citation.end }).toEqual({
            start: survivor.start,
            end: survivor.end,
          });
          if (resolved.status === 'ok')
            expect(resolved.text).toBe(after.text.slice(survivor.start, survivor.end));
        } else {
          expect(resolved.status).toBe('broken');
        }
        // Never lost: the citation and its marker stay.
        expect(after.summary.citations).toHaveLength(1);
        expect(citationMarkers(after.summary.text)).toEqual([1]);
      }),
    );
  });

  it('resolve as broken, never throw, for a removed coding, deleted words or a removed document', () => {
    const text = 'P1: het gesprek was goed.';
    const c = coding('c', 4, 15);
    const citation = citeCoding(c, 'x');
    expect(resolveCitation(citation, citationLookup([c], [document(text)]))).toMatchObject({
      status: 'ok',
      text: 'het gesprek',
    });
    expect(resolveCitation(citation, citationLookup([], [document(text)]))).toMatchObject({
      status: 'broken',
      reason: 'codingRemoved',
    });
    const [moved] = moveCitations([cell('[1]', [c])], 'd', { start: 2, end: 20, insert: '' });
    expect(resolveCitation(moved!.citations[0]!, citationLookup([c], [document('P1ed.')]))).toMatchObject({
      status: 'broken',
      reason: 'textDeleted',
    });
    expect(resolveCitation(citation, citationLookup([c], []))).toMatchObject({ reason: 'documentRemoved' });
  });

  it('only returns summaries that changed, and leaves other documents alone', () => {
    const s = cell('[1]', [coding('c', 10, 12)]);
    expect(moveCitations([s], 'd', { start: 20, end: 20, insert: 'x' })).toEqual([]);
    expect(moveCitations([s], 'other', { start: 0, end: 0, insert: 'x' })).toEqual([]);
    expect(moveCitations([s], 'd', { start: 0, end: 0, insert: 'xy' })[0]!.citations[0]).toMatchObject({
      start: 12,
      end: 14,
    });
  });
});

describe('markers', () => {
  it('adds a citation once per coding and returns its marker', () => {
    const s = cell('', []);
    const first = addCitation(s, coding('a', 0, 1), 'x1');
    expect(first.marker).toBe('[1]');
    const second = addCitation(first.summary, coding('b', 2, 3), 'x2');
    expect(second.marker).toBe('[2]');
    expect(addCitation(second.summary, coding('a', 0, 1), 'x3').marker).toBe('[1]');
    expect(second.summary.citations.map((c) => c.codingId)).toEqual(['a', 'b']);
  });

  it('renumbers later markers when a citation is removed, in every part of a synthesis', () => {
    const s = cell('Eens [1], oneens [2] en [3].', [coding('a', 0, 1), coding('b', 2, 3), coding('c', 4, 5)]);
    const removed = removeCitation(s, 'cit1') as CellSummary;
    expect(removed.text).toBe('Eens [1], oneens en [2].');
    expect(removed.citations.map((c) => c.codingId)).toEqual(['a', 'c']);
    const synthesis: ThemeSynthesis = {
      id: 'y',
      kind: 'synthesis',
      codeId: 'T',
      column: { by: 'perspective', value: '' },
      parts: { agree: 'A [2]', differ: 'B [1]', unique: '' },
      citations: s.citations.slice(0, 2),
      updatedAt: '',
    };
    expect((removeCitation(synthesis, 'cit0') as ThemeSynthesis).parts).toEqual({
      agree: 'A [1]',
      differ: 'B',
      unique: '',
    });
  });

  it('removes a citation from an editor’s draft the same way', () => {
    const s = cell('Eens [1], oneens [2] en [3].', [coding('a', 0, 1), coding('b', 2, 3), coding('c', 4, 5)]);
    const draft = removeCitationFrom({ text: s.text, citations: s.citations }, 'cit0');
    expect(draft).toEqual({ text: 'Eens, oneens [1] en [2].', citations: s.citations.slice(1) });
    expect(removeCitationFrom(draft, 'gone')).toBe(draft);
  });
});
