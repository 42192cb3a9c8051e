import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdit, applyTextEdits, moveRange } from './offsets.ts';

const text = 'De ouders zeggen dat het normaal is.';
// "ouders" = [3, 9), "normaal" = [25, 32)

describe('moveRange', () => {
  it.each([
    ['insert before shifts', { start: 0, end: 0, insert: 'Nou, ' }, { start: 8, end: 14, change: 'shifted' }],
    [
      'insert at the start stays outside',
      { start: 3, end: 3, insert: 'de ' },
      { start: 6, end: 12, change: 'shifted' },
    ],
    [
      'insert at the end stays outside',
      { start: 9, end: 9, insert: '!' },
      { start: 3, end: 9, change: 'unchanged' },
    ],
    ['edit after is ignored', { start: 20, end: 24, insert: 'x' }, { start: 3, end: 9, change: 'unchanged' }],
    ['insert inside grows', { start: 5, end: 5, insert: 'xx' }, { start: 3, end: 11, change: 'resized' }],
    ['delete inside shrinks', { start: 4, end: 6, insert: '' }, { start: 3, end: 7, change: 'resized' }],
    [
      'replacing the whole range keeps it on the new word',
      { start: 3, end: 9, insert: 'ouders' },
      { start: 3, end: 9, change: 'unchanged' },
    ],
    [
      'replacing exactly by a longer word',
      { start: 3, end: 9, insert: 'verzorgers' },
      { start: 3, end: 13, change: 'resized' },
    ],
    [
      'deleting exactly collapses',
      { start: 3, end: 9, insert: '' },
      { start: 3, end: 3, change: 'collapsed' },
    ],
    [
      'deleting more than the range collapses',
      { start: 1, end: 12, insert: 'X' },
      { start: 1, end: 1, change: 'collapsed' },
    ],
    [
      'edit over the start clamps the head',
      { start: 0, end: 5, insert: 'Zij' },
      { start: 3, end: 7, change: 'clamped' },
    ],
    [
      'edit over the end clamps the tail',
      { start: 6, end: 12, insert: 'ABC' },
      { start: 3, end: 6, change: 'clamped' },
    ],
  ])('%s', (_name, edit, expected) => {
    expect(moveRange({ start: 3, end: 9 }, edit)).toEqual(expected);
  });
});

describe('applyTextEdit', () => {
  it('keeps a coding on the same words after fixing a typo before it', () => {
    const result = applyTextEdit(text, [{ id: 'c', start: 25, end: 32 }], {
      start: 3,
      end: 9,
      insert: 'verzorgers',
    });
    const range = result.ranges[0];
    expect(range && result.text.slice(range.start, range.end)).toBe('normaal');
    expect(result.collapsed).toEqual([]);
  });

  it('reports collapsed ranges', () => {
    const result = applyTextEdit(text, [{ id: 'c', start: 3, end: 9 }], { start: 2, end: 10, insert: '' });
    expect(result.collapsed).toEqual([{ id: 'c', start: 2, end: 2 }]);
  });

  it('returns the same object for untouched ranges', () => {
    const range = { start: 0, end: 2 };
    expect(applyTextEdit(text, [range], { start: 20, end: 21, insert: 'X' }).ranges[0]).toBe(range);
  });
});

describe('applyTextEdits', () => {
  it('applies several edits in original offsets', () => {
    const result = applyTextEdits(
      text,
      [
        { start: 25, end: 32 },
        { start: 3, end: 9 },
      ],
      [
        { start: 3, end: 9, insert: 'ouder' },
        { start: 10, end: 16, insert: 'zei' },
      ],
    );
    expect(result.text).toBe('De ouder zei dat het normaal is.');
    expect(result.ranges.map((r) => result.text.slice(r.start, r.end))).toEqual(['normaal', 'ouder']);
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyTextEdits(
        text,
        [],
        [
          { start: 1, end: 5, insert: '' },
          { start: 4, end: 6, insert: '' },
        ],
      ),
    ).toThrow();
  });
});

const scenario = fc.string({ minLength: 1, maxLength: 60 }).chain((t) =>
  fc.record({
    text: fc.constant(t),
    range: fc
      .tuple(fc.nat(t.length), fc.nat(t.length))
      .map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) })),
    edit: fc
      .tuple(fc.nat(t.length), fc.nat(t.length), fc.string({ maxLength: 10 }))
      .map(([x, y, insert]) => ({ start: Math.min(x, y), end: Math.max(x, y), insert })),
  }),
);

describe('offset arithmetic properties', () => {
  it('keeps the covered text when the edit is outside the range', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, range, edit }) => {
        fc.pre(edit.end <= range.start || edit.start >= range.end);
        const result = applyTextEdit(t, [range], edit);
        const moved = result.ranges[0];
        expect(moved && result.text.slice(moved.start, moved.end)).toBe(t.slice(range.start, range.end));
      }),
    );
  });

  it('covers the old text with the edit spliced in when the edit is inside', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, range, edit }) => {
        fc.pre(range.start < edit.start && edit.end < range.end);
        const moved = applyTextEdit(t, [range], edit);
        const r = moved.ranges[0];
        const expected = t.slice(range.start, edit.start) + edit.insert + t.slice(edit.end, range.end);
        expect(r && moved.text.slice(r.start, r.end)).toBe(expected);
      }),
    );
  });

  it('only ever keeps words the range covered before (or the insertion inside it)', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, range, edit }) => {
        const result = applyTextEdit(t, [range], edit);
        const r = result.ranges[0];
        if (!r) return;
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(r.end).toBeLessThanOrEqual(result.text.length);
        const covered = result.text.slice(r.start, r.end);
        const change = moveRange(range, edit).change;
        if (change === 'clamped') {
          const old = t.slice(range.start, range.end);
          expect(old.startsWith(covered) || old.endsWith(covered)).toBe(true);
        }
      }),
    );
  });

  it('undoes an insertion exactly when it is deleted again', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, range, edit }) => {
        const insert = { start: edit.start, end: edit.start, insert: edit.insert };
        const once = applyTextEdit(t, [range], insert);
        const back = applyTextEdit(once.text, once.ranges, {
          start: edit.start,
          end: edit.start + edit.insert.length,
          insert: '',
        });
        expect(back.text).toBe(t);
        if (range.start < range.end) {
          expect(back.ranges[0]).toEqual(range);
        }
      }),
    );
  });
});
