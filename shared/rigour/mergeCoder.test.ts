import { describe, expect, it } from 'vitest';
import { code, coding, groupProject, joinProjects } from '../coding/fixtures.ts';
import type { ProjectData } from '../model.ts';
import { mergeCoderWork, whitespaceOffsetMap } from './mergeCoder.ts';

function base(): ProjectData {
  const p = joinProjects(
    groupProject([['R1', 'Normaal is dat je mag zijn wie je bent.']], { documentId: 'b1', name: 'Ouders' }),
    groupProject([['R1', 'Wachtlijsten  zijn\n te lang.']], { documentId: 'b2', name: 'Jongeren' }),
  );
  p.codes = [code('themes', null, 0, { name: "Thema's" }), code('taal', 'themes', 0, { name: 'Taal' })];
  p.coders = [{ id: 'A', name: 'Anna' }];
  p.codings = [coding('a1', 'taal', 4, 10, { documentId: 'b1' })];
  return p;
}

function other(): ProjectData {
  const p = joinProjects(
    groupProject([['R1', 'Normaal is dat je mag zijn wie je bent.']], {
      documentId: 'o1',
      name: 'groep 2 (kopie)',
    }),
    groupProject([['R1', 'Wachtlijsten zijn te lang.']], { documentId: 'o2', name: 'Jongeren' }),
    groupProject([['R1', 'Een ander gesprek.']], { documentId: 'o3', name: 'Onbekend' }),
  );
  p.codes = [
    code('x-themes', null, 0, { name: "thema's" }),
    code('x-taal', 'x-themes', 0, { name: 'taal' }),
    code('x-new', 'x-themes', 1, { name: 'Wachtlijsten' }),
  ];
  p.coders = [{ id: 'B', name: 'Bram' }];
  const text = p.documents[1]?.text ?? '';
  const at = text.indexOf('zijn te');
  p.codings = [
    coding('a1', 'x-taal', 4, 10, { documentId: 'o1', coderId: 'B' }),
    coding('b2', 'x-taal', 4, 10, { documentId: 'o1', coderId: 'B' }),
    coding('b3', 'x-new', at, at + 'zijn te'.length, { documentId: 'o2', coderId: 'B' }),
    coding('b4', 'x-new', 0, 3, { documentId: 'o3', coderId: 'B' }),
  ];
  return p;
}

describe('mergeCoderWork', () => {
  const { project, report } = mergeCoderWork(base(), other());

  it('matches documents by text, not by name, and never adds documents', () => {
    expect(report.documents.matched.map((m) => [m.otherId, m.baseId, m.how])).toEqual([
      ['o1', 'b1', 'exact'],
      ['o2', 'b2', 'whitespace'],
    ]);
    expect(report.documents.unmatched).toEqual([{ id: 'o3', name: 'Onbekend' }]);
    expect(project.documents).toHaveLength(2);
  });

  it('matches codes by name path and adds the unknown ones under the matched parent', () => {
    expect(report.codes).toMatchObject({
      byId: 0,
      byPath: 2,
      added: [{ id: 'x-new', name: 'Wachtlijsten' }],
    });
    expect(project.codes.find((c) => c.id === 'x-new')?.parentId).toBe('themes');
  });

  it('adds the coder and the codings, skipping duplicates and unmatched documents', () => {
    expect(report.coders.added).toEqual([{ id: 'B', name: 'Bram' }]);
    expect(report.codings).toEqual({ added: 2, duplicates: 1, skipped: 1 });
    const moved = project.codings.find((c) => c.codeId === 'x-new');
    const text = project.documents[1]?.text ?? '';
    expect(moved && text.slice(moved.start, moved.end)).toBe('zijn\n te');
    expect(new Set(project.codings.map((c) => c.id)).size).toBe(project.codings.length);
  });
});

describe('whitespaceOffsetMap', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 3],
    [5, 7],
    [9, 13],
  ])('maps offset %i to %i', (from, to) => {
    expect(whitespaceOffsetMap('a b c d e', ' a b  c\t d\n\ne')(from)).toBe(to);
  });
});
