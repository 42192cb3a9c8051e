import { describe, expect, it } from 'vitest';
import { testProject } from '../analysis/testProject.ts';
import { rowCodeIds } from './rows.ts';
import { DEFAULT_VIEW, readView, viewOptions } from './view.ts';

const { codes } = testProject();
const columns = ['perspective', 'setting', 'speaker:leeftijd', 'document', 'speaker'];

describe('rowCodeIds', () => {
  it('gives all codes in tree order, a subtree, or undefined for the default rows', () => {
    expect(rowCodeIds(codes, { kind: 'all' })).toEqual(['T', 'T1', 'T2', 'X']);
    expect(rowCodeIds(codes, { kind: 'subtree', codeId: 'T' })).toEqual(['T', 'T1', 'T2']);
    expect(rowCodeIds(codes, { kind: 'default' })).toBeUndefined();
  });
});

describe('readView', () => {
  it('reads a stored view of rows and columns', () => {
    const view = {
      rows: { kind: 'subtree', codeId: 'T' },
      by: { kind: 'documentAttribute', name: 'setting' },
    };
    expect(readView(view, codes, columns)).toEqual(view);
    expect(readView({ rows: { kind: 'all' }, by: { kind: 'speaker' } }, codes, columns)).toEqual({
      rows: { kind: 'all' },
      by: { kind: 'speaker' },
    });
    expect(
      readView(
        { rows: { kind: 'default' }, by: { kind: 'speakerAttribute', name: 'leeftijd' } },
        codes,
        columns,
      ),
    ).toEqual({ rows: { kind: 'default' }, by: { kind: 'speakerAttribute', name: 'leeftijd' } });
  });

  it('falls back for a deleted code, a removed attribute, or anything unreadable', () => {
    expect(
      readView({ rows: { kind: 'subtree', codeId: 'gone' }, by: { kind: 'document' } }, codes, columns),
    ).toEqual({ rows: { kind: 'default' }, by: { kind: 'document' } });
    expect(
      readView({ rows: { kind: 'all' }, by: { kind: 'documentAttribute', name: 'regio' } }, codes, columns),
    ).toEqual({ rows: { kind: 'all' }, by: { kind: 'perspective' } });
    for (const junk of [undefined, null, 'perspective', 3, { rows: 'all', by: { kind: 'nonsense' } }])
      expect(readView(junk, codes, columns)).toEqual(DEFAULT_VIEW);
  });
});

describe('viewOptions', () => {
  it('hands the report the view’s columns and row codes', () => {
    expect(viewOptions(codes, DEFAULT_VIEW)).toEqual({ by: { kind: 'perspective' } });
    expect(viewOptions(codes, { rows: { kind: 'subtree', codeId: 'T' }, by: { kind: 'document' } })).toEqual({
      by: { kind: 'document' },
      codeIds: ['T', 'T1', 'T2'],
    });
  });
});
