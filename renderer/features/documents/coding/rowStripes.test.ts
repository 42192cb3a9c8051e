import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaneLayout } from '../../../../shared/coding/lanes.ts';
import type { Code, Coding } from '../../../../shared/model.ts';
import { RowStripes, StripeLayout, sameCoding, type Stripe } from './rowStripes.ts';
import { withPending } from './usePendingCodings.ts';

/** Equal in every field, checked independently of sameCoding. */
const equal = (a: Coding, b: Coding) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

type Range = { start: number; end: number };
const TEXT = 300;

const code = (id: string, color = '#112233'): Code =>
  ({ id, name: id, color, codable: true, parentId: null, description: '' }) as unknown as Code;

const coding = (id: string, start: number, end: number, codeId = 'a'): Coding => ({
  id,
  documentId: 'd',
  codeId,
  start,
  end,
  coderId: 'u',
  createdAt: '',
});

/** Rows covering the text, cut at `cuts`. */
function rowsAt(cuts: number[]): Range[] {
  const points = [...new Set([0, ...cuts.filter((c) => c > 0 && c < TEXT), TEXT])].sort((a, b) => a - b);
  return points.slice(1).map((end, i) => ({ start: points[i]!, end }));
}

/** The stripes per row laid out from scratch: every coding in every row it overlaps, in the codings' order. */
function fromScratch(
  rows: readonly Range[],
  codings: readonly Coding[],
  codesById: ReadonlyMap<string, Code>,
  laneOf: (id: string) => number,
): Map<number, Stripe[]> {
  const byRow = new Map<number, Stripe[]>();
  for (const c of codings) {
    rows.forEach((row, r) => {
      if (row.end <= c.start || row.start >= c.end) return;
      byRow.set(r, [
        ...(byRow.get(r) ?? []),
        { coding: c, code: codesById.get(c.codeId), lane: laneOf(c.id) },
      ]);
    });
  }
  return byRow;
}

const same = (a: readonly Stripe[] | undefined, b: readonly Stripe[] | undefined) =>
  (a ?? []).length === (b ?? []).length &&
  (a ?? []).every(
    (s, i) => equal(s.coding, b![i]!.coding) && s.code === b![i]!.code && s.lane === b![i]!.lane,
  );

/** A coding added somewhere in the text, as a step of kind `kind`. */
const added = <K extends string>(kind: K, codeIds: string[]) =>
  fc.record({
    kind: fc.constant(kind),
    start: fc.nat(TEXT - 1),
    length: fc.integer({ min: 1, max: 120 }),
    codeId: fc.constantFrom(...codeIds),
  });

/**
 * Checks a layout against the one from scratch, and that every row whose stripes did not change since `previous`
 * kept its very array (memo(TurnRow) skips it then).
 */
function expectLayout(
  got: ReadonlyMap<number, Stripe[]>,
  expected: Map<number, Stripe[]>,
  previous: ReadonlyMap<number, Stripe[]>,
): void {
  expect([...got.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
  for (const [r, list] of expected) {
    expect(same(got.get(r), list)).toBe(true);
    if (same(previous.get(r), list)) expect(got.get(r)).toBe(previous.get(r));
  }
}

/** Text order, as stored: by start, then id. */
const textOrder = (list: Coding[]) =>
  [...list].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

type Op =
  | { kind: 'add'; start: number; length: number; codeId: string }
  | { kind: 'remove'; at: number }
  | { kind: 'replace'; at: number; move: number }
  | { kind: 'codes'; drop: boolean }
  | { kind: 'rows'; cuts: number[] }
  | { kind: 'swap'; at: number }
  | { kind: 'reread' }
  | { kind: 'memo'; at: number }
  | { kind: 'none' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: added('add', ['a', 'b', 'c']) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      move: fc.integer({ min: -20, max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('codes' as const), drop: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rows' as const),
      cuts: fc.array(fc.nat(TEXT), { maxLength: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reread' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('memo' as const), at: fc.nat() }) },
);

describe('RowStripes', () => {
  it('equals the layout from scratch after every change, and keeps the array of every row that did not change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(TEXT), { maxLength: 12 }),
        fc.array(op, { minLength: 1, maxLength: 40 }),
        (cuts, ops) => {
          let rows = rowsAt(cuts);
          let codes = new Map(['a', 'b', 'c'].map((id) => [id, code(id)]));
          let codings: Coding[] = [];
          let next = 0;
          const lanes = new LaneLayout();
          const stripes = new RowStripes();
          let previous = new Map<number, Stripe[]>();
          for (const step of ops) {
            if (step.kind === 'add') {
              const c = coding(
                `c${next++}`,
                step.start,
                Math.min(TEXT, step.start + step.length),
                step.codeId,
              );
              codings = textOrder([...codings, c]);
            } else if (step.kind === 'remove' && codings.length) {
              codings = codings.filter((_, i) => i !== step.at % codings.length);
            } else if (step.kind === 'replace' && codings.length) {
              // The same coding read back (a new object), or moved by an edit.
              const old = codings[step.at % codings.length]!;
              const start = Math.max(0, Math.min(old.start + step.move, old.end - 1));
              codings = textOrder([...codings.filter((c) => c !== old), { ...old, start }]);
            } else if (step.kind === 'codes') {
              codes = new Map(
                ['a', 'b', 'c']
                  .filter((id) => !(step.drop && id === 'b'))
                  .map((id) => [id, code(id, step.drop ? '#445566' : '#112233')]),
              );
            } else if (step.kind === 'rows') {
              rows = rowsAt(step.cuts);
            } else if (step.kind === 'reread') {
              // Storing a coding reads the document's list back: equal codings, new objects.
              codings = codings.map((c) => ({ ...c }));
            } else if (step.kind === 'memo' && codings.length) {
              const at = step.at % codings.length;
              codings = codings.map((c, i) => (i === at ? { ...c, memo: `${c.memo ?? ''}m` } : c));
            } else if (step.kind === 'swap' && codings.length > 1) {
              const i = step.at % (codings.length - 1);
              codings = [...codings.slice(0, i), codings[i + 1]!, codings[i]!, ...codings.slice(i + 2)];
            }
            lanes.update(codings);
            const laneOf = (id: string) => lanes.laneOf(id);
            const got = stripes.update(rows, codings, codes, laneOf);
            const expected = fromScratch(rows, codings, codes, laneOf);
            expectLayout(got, expected, previous);
            previous = new Map(got);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('tells codings apart by every field, also one that only one of them has', () => {
    const c = coding('x', 0, 10);
    expect(sameCoding(c, { ...c })).toBe(true);
    expect(sameCoding(c, { ...c, end: 11 })).toBe(false);
    expect(sameCoding(c, { ...c, memo: 'm' })).toBe(false);
    expect(sameCoding({ ...c, memo: 'm' }, c)).toBe(false);
    expect(sameCoding({ ...c, memo: 'm' }, { ...c, memo: 'n' })).toBe(false);
  });

  it('gives a new list only to the rows a new coding touches', () => {
    const rows = rowsAt([100, 200]);
    const codes = new Map([['a', code('a')]]);
    const lanes = new LaneLayout();
    const stripes = new RowStripes();
    const first = [coding('x', 10, 50), coding('y', 150, 250)];
    lanes.update(first);
    const before = new Map(stripes.update(rows, first, codes, (id) => lanes.laneOf(id)));
    const second = textOrder([...first, coding('z', 160, 170)]);
    lanes.update(second);
    const after = stripes.update(rows, second, codes, (id) => lanes.laneOf(id));
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(2)).toBe(before.get(2));
    expect(after.get(1)!.map((s) => [s.coding.id, s.lane])).toEqual([
      ['y', 0],
      ['z', 1],
    ]);
  });

  it('lays a list with an id twice out as it comes', () => {
    const rows = rowsAt([]);
    const codes = new Map([['a', code('a')]]);
    const twice = coding('x', 0, 10);
    const stripes = new RowStripes();
    stripes.update(rows, [twice], codes, () => 0);
    const got = stripes.update(rows, [twice, twice], codes, () => 0);
    expect(got.get(0)).toHaveLength(2);
    expect(stripes.update(rows, [twice], codes, () => 0).get(0)).toHaveLength(1);
  });
});

describe('StripeLayout', () => {
  type Step =
    | { kind: 'apply'; start: number; length: number; codeId: string }
    | { kind: 'store'; count: number }
    | { kind: 'remove'; at: number }
    | { kind: 'rows'; cuts: number[] }
    | { kind: 'codes' }
    | { kind: 'rerender' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 8, arbitrary: added('apply', ['a', 'b']) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('store' as const), count: fc.nat(3) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('rows' as const),
        cuts: fc.array(fc.nat(TEXT), { maxLength: 12 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'codes' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'rerender' as const }) },
  );

  it('placing only the codings being stored gives what laying out the whole list gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(TEXT), { maxLength: 12 }),
        fc.array(step, { maxLength: 60 }),
        (cuts, steps) => {
          let rows = rowsAt(cuts);
          let codes = new Map(['a', 'b'].map((id) => [id, code(id)]));
          let stored: Coding[] = [];
          let waiting: Coding[] = [];
          let next = 0;
          const layout = new StripeLayout();
          // The reference: the same history, always given the whole list.
          const reference = new LaneLayout();
          let previous = new Map<number, Stripe[]>();
          for (const s of steps) {
            if (s.kind === 'apply') {
              const end = Math.min(TEXT, s.start + s.length);
              waiting = [...waiting, coding(`p${next++}`, s.start, end, s.codeId)];
            } else if (s.kind === 'store' && waiting.length) {
              // The first codings applied are stored and read back with the rest: equal codings, new objects.
              const done = waiting.slice(0, Math.max(1, s.count));
              waiting = waiting.slice(done.length);
              stored = textOrder([...stored, ...done].map((c) => ({ ...c })));
            } else if (s.kind === 'remove' && stored.length) {
              stored = stored.filter((_, i) => i !== s.at % stored.length);
            } else if (s.kind === 'rows') {
              rows = rowsAt(s.cuts);
            } else if (s.kind === 'codes') {
              codes = new Map(codes);
            }
            const codings = waiting.length ? withPending(stored, waiting) : stored;
            const pending = waiting.length ? { stored, added: waiting } : undefined;
            const got = layout.update(rows, codings, codes, pending);
            reference.update(codings);
            const laneOf = (id: string) => reference.laneOf(id);
            for (const c of codings) expect(layout.laneOf(c.id)).toBe(reference.laneOf(c.id));
            expect(got.laneCount).toBe(reference.count);
            const expected = fromScratch(rows, codings, codes, laneOf);
            expectLayout(got.byRow, expected, previous);
            previous = new Map(got.byRow);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does not go through the stored codings to place one being stored', () => {
    const rows = rowsAt([100, 200]);
    const codes = new Map([['a', code('a')]]);
    const stored = textOrder([coding('x', 10, 50), coding('y', 150, 250)]);
    const layout = new StripeLayout();
    const before = new Map(layout.update(rows, stored, codes).byRow);
    let reads = 0;
    const watched = new Proxy(stored, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^[0-9]+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const added = [coding('z', 160, 170)];
    const codings = withPending(stored, added);
    const after = layout.update(rows, codings, codes, { stored: watched, added }).byRow;
    expect(reads).toBe(0);
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(2)).toBe(before.get(2));
    expect(after.get(1)!.map((s) => [s.coding.id, s.lane])).toEqual([
      ['y', 0],
      ['z', 1],
    ]);
  });
});
