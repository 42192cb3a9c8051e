import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/model.ts';
import { isStored, withPending } from './usePendingCodings.ts';

const coding = (id: string, start: number): Coding => ({
  id,
  documentId: 'd',
  codeId: 'a',
  start,
  end: start + 5,
  coderId: 'u',
  createdAt: '',
});

/** Stored codings come in text order: by start, then id. */
const textOrder = (list: Coding[]) =>
  [...list].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const starts = fc.array(fc.nat(40), { maxLength: 30 });

describe('pending codings', () => {
  it('are merged where sorting everything by start puts them (after equal starts, in the order applied)', () => {
    fc.assert(
      fc.property(starts, starts, (stored, pending) => {
        const list = textOrder(stored.map((s, i) => coding(`s${i}`, s)));
        const extra = pending.map((s, i) => coding(`p${i}`, s));
        const sorted = [...list, ...extra].sort((a, b) => a.start - b.start);
        expect(withPending(list, extra)).toEqual(sorted);
        // The stored list itself is left as it was.
        expect(list).toEqual(textOrder(stored.map((s, i) => coding(`s${i}`, s))));
      }),
    );
  });

  it('are found among the stored codings by id, also among codings with the same start', () => {
    fc.assert(
      fc.property(starts, fc.nat(40), (stored, start) => {
        const list = textOrder(stored.map((s, i) => coding(`s${i}`, s)));
        for (const c of list) expect(isStored(list, { ...c })).toBe(true);
        expect(isStored(list, coding('new', start))).toBe(false);
      }),
    );
    const same = textOrder([coding('a', 3), coding('b', 3), coding('c', 3), coding('d', 4)]);
    expect(isStored(same, coding('c', 3))).toBe(true);
    expect(isStored(same, coding('c', 4))).toBe(false);
  });
});
