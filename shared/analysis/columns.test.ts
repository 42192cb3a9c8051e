import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { assignColumns, columnByName, parseColumnBy, type ColumnBy } from './columns.ts';
import { crosstab } from './crosstab.ts';
import {
  DEFAULT_PERSPECTIVES,
  findDefaultPerspective,
  perspectiveColor,
  perspectiveLabel,
  perspectiveRank,
} from './perspectives.ts';
import { testProject } from './testProject.ts';

describe('columns', () => {
  it.each<[string, ColumnBy]>([
    ['perspective', { kind: 'perspective' }],
    ['document', { kind: 'document' }],
    ['speaker', { kind: 'speaker' }],
    ['setting', { kind: 'documentAttribute', name: 'setting' }],
    ['speaker:leeftijd', { kind: 'speakerAttribute', name: 'leeftijd' }],
    ['document:regio', { kind: 'documentAttribute', name: 'regio' }],
  ])('parses %s', (text, by) => {
    expect(parseColumnBy(text)).toEqual(by);
  });

  it.each<ColumnBy>([{ kind: 'perspective' }, { kind: 'documentAttribute', name: 'regio' }])(
    'names %o the way parseColumnBy reads it back',
    (by) => expect(parseColumnBy(columnByName(by))).toEqual(by),
  );

  it('reads an attribute defined for speakers as a speaker attribute', () => {
    const project = testProject();
    project.attributes.push({ name: 'leeftijd', scope: 'speaker', type: 'text', values: [] });
    expect(parseColumnBy('leeftijd', buildAnalysisIndex(project))).toEqual({
      kind: 'speakerAttribute',
      name: 'leeftijd',
    });
  });

  it('falls back from a speaker attribute to the document’s, and adds a no-value column last', () => {
    const project = testProject();
    project.speakers[1]!.attributes.regio = 'Oost';
    project.documents[1]!.attributes.regio = 'West';
    const t = crosstab(buildAnalysisIndex(project), {
      by: { kind: 'speakerAttribute', name: 'regio' },
      lang: 'en',
    });
    expect(t.columns.map((c) => [c.key, c.label])).toEqual([
      ['Oost', 'Oost'],
      ['West', 'West'],
      ['', '(no value)'],
    ]);
    expect(t.columnTotals).toEqual([2, 2, 1]);
  });

  it('names the column of documents without a perspective as such', () => {
    const project = testProject();
    project.documents[1]!.attributes = {};
    for (const s of project.speakers) delete s.attributes.perspective;
    const { columns } = assignColumns(buildAnalysisIndex(project), { kind: 'perspective' }, false, 'nl');
    expect(columns.at(-1)).toEqual({ key: '', label: '(geen perspectief)' });
  });

  it('orders perspectives found but not defined by the default order, and gives them their colours', () => {
    const project = testProject();
    project.attributes = [];
    project.documents[0]!.attributes.perspective = 'onderwijs';
    project.documents[1]!.attributes.perspective = 'ervaringsdeskundige ouders';
    project.speakers[2]!.attributes.perspective = 'gemeente / beleid';
    const { columns } = assignColumns(buildAnalysisIndex(project), { kind: 'perspective' }, false, 'en');
    expect(columns.map((c) => c.label)).toEqual([
      'parents with lived experience',
      'municipality / policy',
      'education',
    ]);
    expect(columns[0]!.color).toBe(DEFAULT_PERSPECTIVES[1]!.color);
  });

  it('leaves moderator-only speakers out of speaker columns unless included', () => {
    const index = buildAnalysisIndex(testProject());
    expect(assignColumns(index, { kind: 'speaker' }, false).columns.map((c) => c.key)).toEqual([
      'P1',
      'P2',
      'J1',
    ]);
    expect(assignColumns(index, { kind: 'speaker' }, true).columns.map((c) => c.key)).toEqual([
      'M',
      'P1',
      'P2',
      'J1',
    ]);
  });
});

describe('perspectives', () => {
  it('has seven defaults with seven distinct colours', () => {
    expect(DEFAULT_PERSPECTIVES).toHaveLength(7);
    expect(new Set(DEFAULT_PERSPECTIVES.map((p) => p.color)).size).toBe(7);
  });

  it.each([
    ['onderwijs', 'education', 5],
    ['Education', 'education', 5],
    ['jeugdgezondheidszorg (JGZ)', 'youth health care (JGZ)', 2],
    ['buurtsport', 'buurtsport', 7],
  ])('translates and ranks %s', (name, en, rank) => {
    expect(perspectiveLabel(name, 'en')).toBe(en);
    expect(perspectiveRank(name)).toBe(rank);
  });

  it('gives a default perspective its colour whatever its index, others a colour by index', () => {
    expect(perspectiveColor('onderwijs', 0)).toBe(findDefaultPerspective('onderwijs')!.color);
    expect(perspectiveColor('buurtsport', 0)).not.toBe(perspectiveColor('buurtsport', 1));
    expect(perspectiveColor('buurtsport', 3)).toMatch(/^#[0-9A-F]{6}$/i);
  });
});
