import { describe, expect, it } from 'vitest';
import {
  buildCodeTree,
  codeDepth,
  deleteCode,
  deleteCodeImpact,
  mergeCodes,
  moveCode,
  subtreeIds,
} from './codebook.ts';
import { code, coding } from './fixtures.ts';

// themes ─ taal ─ jargon
//        └ brede blik
// factoren
const codes = [
  code('themes', null, 0),
  code('taal', 'themes', 0),
  code('jargon', 'taal', 0),
  code('breed', 'themes', 1),
  code('factoren', null, 1),
];

const shape = (list: typeof codes) =>
  Object.fromEntries(list.map((c) => [c.id, `${c.parentId ?? '-'}:${c.order}`]));

describe('moveCode', () => {
  it.each([
    ['reorder among siblings', 'breed', 'themes', 0, { breed: 'themes:0', taal: 'themes:1' }],
    ['nest under another code', 'factoren', 'taal', 0, { factoren: 'taal:0', jargon: 'taal:1' }],
    [
      'move to the top level at the front',
      'jargon',
      null,
      0,
      { jargon: '-:0', themes: '-:1', factoren: '-:2' },
    ],
    ['index past the end appends', 'taal', null, 99, { taal: '-:2', breed: 'themes:0' }],
  ])('%s', (_name, id, parent, index, expected) => {
    const result = moveCode(codes, id, parent, index);
    expect(result.ok).toBe(true);
    if (result.ok) expect(shape(result.data)).toMatchObject(expected);
  });

  it.each([
    ['into itself', 'taal', 'taal'],
    ['into its own grandchild', 'themes', 'jargon'],
  ])('refuses to move a code %s', (_name, id, parent) => {
    expect(moveCode(codes, id, parent, 0)).toMatchObject({ ok: false, reason: 'coding.moveIntoItself' });
  });

  it('refuses an unknown parent', () => {
    expect(moveCode(codes, 'taal', 'nope', 0)).toMatchObject({ ok: false, reason: 'coding.codeNotFound' });
  });
});

describe('mergeCodes', () => {
  const codings = [
    coding('t1', 'taal', 0, 10),
    coding('b1', 'breed', 0, 10, { memo: 'zelfde stuk' }),
    coding('b2', 'breed', 0, 10, { coderId: 'B' }),
    coding('b3', 'breed', 20, 30),
  ];

  it('moves codings, collapses duplicates by range and coder, keeps the memo', () => {
    const result = mergeCodes(codes, codings, 'breed', 'taal');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.moved).toBe(2);
    expect(result.data.collapsed).toBe(1);
    expect(result.data.codings.map((c) => [c.id, c.codeId, c.memo])).toEqual([
      ['t1', 'taal', 'zelfde stuk'],
      ['b2', 'taal', undefined],
      ['b3', 'taal', undefined],
    ]);
    expect(result.data.codes.map((c) => c.id)).not.toContain('breed');
  });

  it("moves the source's children under the target", () => {
    const result = mergeCodes(codes, [], 'taal', 'factoren');
    expect(result.ok && result.data.codes.find((c) => c.id === 'jargon')?.parentId).toBe('factoren');
  });

  it.each([
    ['itself', 'taal', 'taal'],
    ['its own child', 'taal', 'jargon'],
  ])('refuses to merge a code into %s', (_name, source, target) => {
    expect(mergeCodes(codes, codings, source, target)).toMatchObject({
      ok: false,
      reason: 'coding.mergeIntoItself',
    });
  });
});

describe('delete', () => {
  const codings = [coding('1', 'taal', 0, 5), coding('2', 'jargon', 1, 3), coding('3', 'factoren', 0, 5)];

  it.each([
    ['a leaf', 'jargon', ['jargon'], 1],
    ['a subtree', 'themes', ['themes', 'breed', 'taal', 'jargon'], 2],
    ['a code without codings', 'breed', ['breed'], 0],
  ])('reports the impact of deleting %s', (_name, id, ids, count) => {
    const impact = deleteCodeImpact(codes, codings, id);
    expect(new Set(impact.codes)).toEqual(new Set(ids));
    expect(impact.codings).toBe(count);
  });

  it('removes the subtree and its codings and renumbers siblings', () => {
    const result = deleteCode(codes, codings, 'taal');
    expect(result.codes.map((c) => c.id)).toEqual(['themes', 'breed', 'factoren']);
    expect(result.codes.find((c) => c.id === 'breed')?.order).toBe(0);
    expect(result.codings.map((c) => c.id)).toEqual(['3']);
    expect(result.removed.codings).toHaveLength(2);
  });
});

describe('tree helpers', () => {
  it('builds a nested tree and keeps orphans as roots', () => {
    const tree = buildCodeTree([...codes, code('orphan', 'missing', 5)]);
    expect(tree.map((n) => n.code.id)).toEqual(['themes', 'factoren', 'orphan']);
    expect(tree[0]?.children.map((n) => n.code.id)).toEqual(['taal', 'breed']);
  });

  it.each([
    ['themes', 0],
    ['taal', 1],
    ['jargon', 2],
  ])('depth of %s is %i', (id, depth) => {
    expect(codeDepth(codes, id)).toBe(depth);
  });

  it('lists a subtree', () => {
    expect(new Set(subtreeIds(codes, 'taal'))).toEqual(new Set(['taal', 'jargon']));
  });
});
