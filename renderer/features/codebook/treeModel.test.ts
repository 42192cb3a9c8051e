import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/model.ts';
import { descendantCounts, dropTarget, keyboardTarget, visibleRows } from './treeModel.ts';

const code = (id: string, parentId: string | null, order: number): Code => ({
  id,
  parentId,
  name: id,
  color: '#112233',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order,
  codable: true,
});

// visie > (taal, blik), factoren > (werkzaam), los
const codes = [
  code('visie', null, 0),
  code('taal', 'visie', 0),
  code('blik', 'visie', 1),
  code('factoren', null, 1),
  code('werkzaam', 'factoren', 0),
  code('los', null, 2),
];

describe('visibleRows', () => {
  it('lists codes depth-first and hides the children of collapsed codes', () => {
    expect(visibleRows(codes, new Set()).map((r) => `${r.code.id}:${r.depth}`)).toEqual([
      'visie:0',
      'taal:1',
      'blik:1',
      'factoren:0',
      'werkzaam:1',
      'los:0',
    ]);
    const rows = visibleRows(codes, new Set(['visie']));
    expect(rows.map((r) => r.code.id)).toEqual(['visie', 'factoren', 'werkzaam', 'los']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: false, position: 1, siblings: 3 });
    expect(rows[3]).toMatchObject({ hasChildren: false, expanded: false, position: 3, siblings: 3 });
  });
});

describe('descendantCounts', () => {
  it('sums the codings of all sub-codes, not the code itself', () => {
    const counts = new Map([
      ['visie', 1],
      ['taal', 12],
      ['blik', 30],
    ]);
    const below = descendantCounts(codes, counts);
    expect(below.get('visie')).toBe(42);
    expect(below.get('taal')).toBe(0);
  });
});

describe('dropTarget', () => {
  it.each([
    ['los', 'taal', 'before', { parentId: 'visie', index: 0 }],
    ['los', 'taal', 'after', { parentId: 'visie', index: 1 }],
    ['los', 'visie', 'inside', { parentId: 'visie', index: 2 }],
    ['taal', 'blik', 'after', { parentId: 'visie', index: 1 }],
    ['visie', 'factoren', 'after', { parentId: null, index: 1 }],
  ] as const)('drops %s %s→%s', (dragged, target, position, expected) => {
    expect(dropTarget(codes, dragged, target, position)).toEqual(expected);
  });

  it('refuses to drop a code into itself or its descendants', () => {
    expect(dropTarget(codes, 'visie', 'taal', 'inside')).toBeNull();
    expect(dropTarget(codes, 'visie', 'visie', 'before')).toBeNull();
  });
});

describe('keyboardTarget', () => {
  it.each([
    ['blik', 'up', { parentId: 'visie', index: 0 }],
    ['taal', 'up', null],
    ['taal', 'down', { parentId: 'visie', index: 1 }],
    ['blik', 'down', null],
    ['los', 'indent', { parentId: 'factoren', index: 1 }],
    ['visie', 'indent', null],
    ['werkzaam', 'outdent', { parentId: null, index: 2 }],
    ['los', 'outdent', null],
  ] as const)('moves %s %s', (id, move, expected) => {
    expect(keyboardTarget(codes, id, move)).toEqual(expected);
  });
});
