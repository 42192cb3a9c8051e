import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import {
  heatColor,
  heatmapData,
  intensityScale,
  radarData,
  stackedBarData,
  groupedBarData,
} from './charts.ts';
import { crosstab } from './crosstab.ts';
import { crosstabRows, crosstabToCsv } from './crosstabExport.ts';
import { crosstabToXlsx } from './crosstabXlsx.ts';
import { testProject } from './testProject.ts';

const table = crosstab(buildAnalysisIndex(testProject()), { measure: 'per1000' });

describe('crosstab export', () => {
  it('writes Dutch CSV with semicolons and decimal commas', () => {
    const lines = crosstabToCsv(table, 'nl').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Code (Per 1.000 woorden);jongeren;ouders;onderwijs;gemeente;Totaal');
    expect(lines[2]).toBe('T > T1;600;600;0;0;428,57');
    expect(lines[5]).toBe('Alle codes;1000;800;500;0;785,71');
  });

  it('writes English CSV with commas and decimal points', () => {
    expect(crosstabToCsv(table, 'en').split('\r\n')[2]).toBe('T > T1,600,600,0,0,428.57');
  });

  it('keeps numbers as numbers in the rows for spreadsheets', () => {
    expect(crosstabRows(table, 'en')[1]).toEqual(['T', 0, 600, 0, 0, 214.29]);
  });

  it('writes an XLSX workbook', async () => {
    const bytes = await crosstabToXlsx(table, 'nl');
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe('chart data', () => {
  it('groups bars per code with one key per column', () => {
    const { series, data } = groupedBarData(table);
    expect(series.map((s) => s.dataKey)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(data[1]).toMatchObject({ name: 'T1', rowIndex: 1, c0: 600, c1: 600, c2: 0, c3: 0 });
  });

  it('stacks shares of each column to 100 %, and an empty column to 0', () => {
    const { data } = stackedBarData(table);
    expect(data[1]).toMatchObject({ columnKey: 'ouders', r0: 50, r1: 50, r2: 0, r3: 0, n0: 600 });
    expect(data[3]).toMatchObject({ r0: 0, r1: 0, r2: 0, r3: 0 });
  });

  it.each([
    [600, 1],
    [300, 0.5],
    [0, 0],
  ])('scales %d to intensity %d', (value, intensity) => {
    expect(intensityScale(table)(value)).toBe(intensity);
    expect(heatmapData(table).find((c) => c.value === 600)!.intensity).toBe(1);
  });

  it('keeps percentages on their 0–100 % scale when they are large enough to read', () => {
    const percent = crosstab(buildAnalysisIndex(testProject()), { measure: 'percentOfColumn' });
    expect(intensityScale(percent)(50)).toBe(0.5);
    const small = { ...percent, cells: [[10, 20]] };
    expect(intensityScale(small)(10)).toBe(0.5);
  });

  it('mixes white towards the colour', () => {
    expect(heatColor(0, '#2B6CB0')).toBe('#ffffff');
    expect(heatColor(1, '#2B6CB0')).toBe('#2b6cb0');
  });

  it('profiles perspectives over the theme codes per 1,000 words', () => {
    const project = testProject();
    project.codes[0]!.name = 'Taal';
    const radar = radarData(buildAnalysisIndex(project));
    expect(radar.data).toEqual([
      { name: 'Taal', codeId: 'T', rowIndex: 0, c0: 600, c1: 800, c2: 500, c3: 0 },
    ]);
  });
});
