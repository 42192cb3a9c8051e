import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from '../analysis/analysisIndex.ts';
import { synthesisReport } from './reportData.ts';
import { pngSize, synthesisDocx } from './reportDocx.ts';
import { synthesisJson } from './reportJson.ts';
import { synthesisMarkdown } from './reportMarkdown.ts';
import { EXCEL_CELL_LIMIT, synthesisXlsx } from './reportXlsx.ts';
import { themeChart } from './themeChart.ts';
import { synthesisTestProject } from './testContent.ts';

const index = buildAnalysisIndex(synthesisTestProject());
const report = (lang: 'nl' | 'en' = 'nl') => synthesisReport(index, { codeIds: ['T', 'X'], lang });

/** Paragraphs of word/document.xml as {style, text}. */
async function paragraphs(bytes: Uint8Array): Promise<{ style: string; text: string }[]> {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text: text.replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
  });
}

// A 2 × 1 PNG (IHDR only matters to pngSize and Word's layout).
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP8z8Dwn4GBgQEAC/4B/6n7nEAAAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

describe('synthesisReport', () => {
  it('states the facts of the study', () => {
    expect(report().facts).toEqual({
      groups: 2,
      perspectives: ['ouders', 'onderwijs', 'jongeren'],
      participants: 3,
      spokenWords: 16,
      coders: ['R'],
      agreement: null,
      codes: 4,
      codings: 6,
    });
  });

  it('measures agreement when two coders coded the same conversation', () => {
    const project = synthesisTestProject();
    project.coders.push({ id: 'q', name: 'Q' });
    project.codings.push({ ...project.codings[1]!, id: 'q1', coderId: 'q' });
    const facts = synthesisReport(buildAnalysisIndex(project), { codeIds: ['T'] }).facts;
    expect(facts.coders).toEqual(['R', 'Q']);
    expect(facts.agreement?.coders).toEqual(['R', 'Q']);
    expect(facts.agreement?.percent).toBeGreaterThan(0);
  });

  it('resolves citations and key quotes to exactly the coded text, with attribution', () => {
    const { rows } = report();
    const ouders = rows[0]!.cells.find((c) => c.column.key === 'ouders')!;
    expect(ouders.citations).toEqual([
      expect.objectContaining({
        number: 1,
        broken: false,
        quote: expect.objectContaining({ text: 'het gesprek goed' }),
      }),
    ]);
    expect(ouders.keyQuotes[0]).toMatchObject({
      text: 'het gesprek goed',
      speaker: 'P1',
      perspective: 'ouders',
      document: 'Groep A',
    });
    const jongeren = rows[1]!.cells.find((c) => c.column.key === 'jongeren')!;
    expect(jongeren.keyQuotes[0]).toMatchObject({ text: 'zijn lastig', display: 'zijn …' });
  });

  it('says a citation is broken when its coding is gone', () => {
    const project = synthesisTestProject();
    project.codings = project.codings.filter((c) => c.id !== 'c2');
    const r = synthesisReport(buildAnalysisIndex(project), { codeIds: ['T'] });
    expect(r.rows[0]!.cells[1]!.citations).toEqual([{ number: 1, quote: null, broken: true }]);
    expect(r.rows[0]!.cells[1]!.keyQuotes).toEqual([]);
  });
});

describe('synthesisDocx', () => {
  it('has a Heading 1 per theme and a Heading 2 per perspective, quotes exactly as coded in the Quote style', async () => {
    const ps = await paragraphs(await synthesisDocx(report(), { date: new Date('2025-03-01') }));
    const headings = (style: string) => ps.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Title')).toEqual(['Synthese per thema en perspectief: test']);
    expect(headings('Heading1')).toEqual(['Over het onderzoek', 'T', 'X', 'Profielen', 'Bijlage: codeboek']);
    for (const perspective of ['jongeren', 'ouders', 'onderwijs', 'gemeente'])
      expect(headings('Heading2')).toContain(perspective);
    expect(headings('Quote')).toEqual(['“het gesprek goed”', '“zijn …”']);
    expect(headings('QuoteAttribution')).toEqual(['— P1, ouders, Groep A', '— J1, jongeren, Groep B']);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain('Het goede gesprek.');
    expect(texts).toContain('Ouders vinden het gesprek goed [1].');
    expect(texts).toContain('[1] “het gesprek goed” — P1, ouders, Groep A');
    expect(texts.filter((t) => t === 'Niet besproken').length).toBeGreaterThanOrEqual(5);
    expect(texts).toContain('Besproken, nog niet samengevat');
    expect(texts).toContain('Waar de perspectieven het eens zijn: Iedereen is positief [1].');
    expect(texts).toContain('Jongeren zijn kritisch.');
  });

  it('writes English when asked and places a chart image', async () => {
    const bytes = await synthesisDocx(report('en'), { charts: new Map([['T', PNG]]) });
    const ps = await paragraphs(bytes);
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'About the study',
      'T',
      'X',
      'Profiles',
      'Appendix: codebook',
    ]);
    expect(ps.map((p) => p.text)).toContain('Not discussed');
    const media = (b: Uint8Array) =>
      Object.keys(unzipSync(b)).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media(bytes)).toHaveLength(1);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('Chart of T: codings per column');
    expect(pngSize(PNG)).toEqual({ width: 2, height: 1 });
    // Without charts chosen, the report has no picture at all.
    expect(media(await synthesisDocx(report('en')))).toEqual([]);
  });
});

describe('themeChart', () => {
  it('draws a bar per column, as long as its count, labelled with the column and the count', () => {
    const row = report('en').rows[0]!;
    const chart = themeChart(row, 'en', 'Perspective');
    expect(chart.markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
    expect(chart.markup).toContain('Codings of T per perspective');
    const bars = [...chart.markup.matchAll(/<rect x="\d+" y="\d+" width="(\d+)" height="22"/g)].map((m) =>
      Number(m[1]),
    );
    expect(bars).toHaveLength(row.cells.length);
    row.cells.forEach((cell, i) => {
      expect(chart.markup).toContain(`>${cell.column.label}</text>`);
      if (cell.codings === 0) expect(bars[i]).toBe(0);
      else expect(bars[i]).toBeGreaterThan(0);
    });
    expect(chart.markup).toContain('>not discussed</text>');
    expect(chart.height).toBe(16 + 30 + row.cells.length * 30 - 8 + 16);
  });

  it('escapes names so the markup stays well-formed', () => {
    const row = report('en').rows[0]!;
    const odd = { ...row, code: { ...row.code, name: 'A <b> & "c"' } };
    const { markup } = themeChart(odd, 'en', 'Group');
    expect(markup).toContain('Codings of A &lt;b&gt; &amp; "c" per group');
    expect(markup).not.toContain('<b>');
  });
});

describe('synthesisJson', () => {
  it('has the shape of the issue, every quote exactly the coded text', () => {
    const json = synthesisJson(index, report());
    expect(json.by).toBe('perspective');
    expect(json.columns).toEqual(['jongeren', 'ouders', 'onderwijs', 'gemeente']);
    expect(json.rows[0]).toMatchObject({
      code: 'T',
      path: 'T',
      synthesis: { agree: 'Iedereen is positief [1].' },
      cells: {
        ouders: {
          codings: 1,
          summary: 'Ouders vinden het gesprek goed [1].',
          keyQuotes: [{ text: 'het gesprek goed', speaker: 'P1', document: 'Groep A' }],
          quotes: [{ text: 'het gesprek goed', speaker: 'P1', document: 'Groep A' }],
        },
        gemeente: { codings: 0, summary: null, keyQuotes: [], quotes: [] },
      },
    });
    const project = synthesisTestProject();
    for (const row of json.rows)
      for (const cell of Object.values(row.cells))
        for (const q of cell.quotes) {
          const text = project.documents.find((d) => d.name === q.document)!.text;
          expect(text.slice(q.start, q.end)).toBe(q.text);
        }
  });
});

describe('synthesisMarkdown and synthesisXlsx', () => {
  it('write the summary table with empty cells said', async () => {
    const md = synthesisMarkdown(report());
    expect(md).toContain('## T');
    expect(md).toContain(
      '| ouders | 1 | Ouders vinden het gesprek goed [1].<br>[1] “het gesprek goed” (P1, ouders, Groep A) |',
    );
    expect(md).toContain('| gemeente | 0 | Niet besproken |');
    expect(md).toContain('> “zijn …”');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await synthesisXlsx(report('en'))).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Summaries');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(1 + 2 * 4);
    expect(rows.some((r) => r[2] === 'gemeente' && r[4] === 'Not discussed')).toBe(true);
    expect(rows.some((r) => r[2] === 'ouders' && r[3] === 1)).toBe(true);
  });
});

describe('edge cases', () => {
  it('keeps a very long summary whole in Word and Markdown, and cuts it with a note in Excel', async () => {
    const project = synthesisTestProject();
    const long = `${'Ouders zeggen veel over het gesprek. '.repeat(3000)}Einde.`;
    project.summaries = project.summaries!.map((s) => (s.id === 's1' ? { ...s, text: long } : s));
    const r = synthesisReport(buildAnalysisIndex(project), { codeIds: ['T'] });
    expect((await paragraphs(await synthesisDocx(r))).map((p) => p.text)).toContain(long);
    expect(synthesisMarkdown(r)).toContain('Einde.');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await synthesisXlsx(r)).buffer as ArrayBuffer);
    const cells = (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map(
      (row) => row[4],
    );
    const cut = cells.find((c) => typeof c === 'string' && c.startsWith('Ouders zeggen')) as string;
    expect(cut).toHaveLength(EXCEL_CELL_LIMIT);
    expect(cut.endsWith('de hele tekst staat in Word en Markdown)')).toBe(true);
  });

  it('reports per document when the project has no perspectives, every empty cell said', async () => {
    const project = synthesisTestProject();
    project.documents = project.documents.map((d) => ({ ...d, attributes: {} }));
    project.speakers = project.speakers.map((s) => ({ ...s, attributes: {} }));
    project.attributes = [];
    const r = synthesisReport(buildAnalysisIndex(project), { codeIds: ['T', 'X'] });
    expect(r.grid.fellBack).toBe(true);
    const ps = await paragraphs(await synthesisDocx(r));
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)[0]).toBe('Over het onderzoek');
    expect(ps.find((p) => p.style === 'Title')!.text).toBe('Synthese per thema en document: test');
    // Code X has no fragment in Groep A: its table cell says so.
    const xRow = r.rows[1]!.cells.find((c) => c.column.label === 'Groep A')!;
    expect(xRow.codings).toBe(0);
    // The summaries were written per perspective: per document nothing is, and the report says so.
    expect(r.written).toBe(false);
    expect(ps.map((p) => p.text)).toContain('0 (niet besproken)');
    expect(ps.map((p) => p.text)).toContain(
      'Voor de kolommen ‘Document’ is bij deze codes nog niets geschreven: geen samenvattingen, syntheses, profielen of kernquotes. Dit rapport geeft daarom per code alleen het aantal coderingen per kolom.',
    );
  });

  it('with a summary per document, has a profile heading per group and every empty cell said', async () => {
    const project = synthesisTestProject();
    const groupA = project.documents.find((d) => d.name === 'Groep A')!.id;
    project.summaries!.push({
      id: 's4',
      kind: 'profile',
      codeId: null,
      column: { by: 'document', value: groupA },
      text: 'Groep A is eensgezind.',
      citations: [],
      updatedAt: '2025-01-02T00:00:00Z',
    });
    const r = synthesisReport(buildAnalysisIndex(project), { by: { kind: 'document' }, codeIds: ['T', 'X'] });
    expect(r.written).toBe(true);
    const ps = await paragraphs(await synthesisDocx(r));
    for (const group of ['Groep A', 'Groep B'])
      expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(group);
    expect(ps.map((p) => p.text)).toContain('Groep A is eensgezind.');
    expect(ps.map((p) => p.text)).toContain('Niet besproken');
  });
});

/** The cells of every table in word/document.xml, per table and row. */
function tables(bytes: Uint8Array): string[][][] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1]!)),
    ),
  );
}

describe('a report of other columns than the summaries were written for', () => {
  const byGroup = (lang: 'nl' | 'en' = 'nl') =>
    synthesisReport(index, { by: { kind: 'document' }, codeIds: ['T', 'X'], lang });

  it('knows nothing was written for them, and where something was', () => {
    expect(report().written).toBe(true);
    expect(report().writtenElsewhere).toEqual([]);
    const r = byGroup();
    expect(r.grid.columns.map((c) => c.label)).toEqual(['Groep A', 'Groep B']);
    expect(r.written).toBe(false);
    expect(r.writtenElsewhere).toEqual([{ kind: 'perspective' }]);
    // A key quote alone counts as written.
    const project = synthesisTestProject();
    project.summaries = [];
    project.keyQuotes = project.keyQuotes!.map((q) => ({
      ...q,
      cell: { ...q.cell, column: { by: 'speaker', value: 'P1' } },
    }));
    const bySpeaker = synthesisReport(buildAnalysisIndex(project), {
      by: { kind: 'speaker' },
      codeIds: ['T', 'X'],
    });
    expect(bySpeaker.written).toBe(true);
  });

  it('says so once in Word and gives per theme the counts per group, not a table of empty summaries', async () => {
    const bytes = await synthesisDocx(byGroup('en'));
    const ps = await paragraphs(bytes);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain(
      'Nothing has been written yet for these codes with the columns ‘Document’: no summaries, syntheses, profiles or key quotes. This report therefore gives only the number of codings per column for each code.',
    );
    expect(texts).toContain('Written with the columns: ‘Perspective’.');
    expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).not.toContain('Summaries');
    expect(texts).not.toContain('Discussed, not yet summarised');
    expect(texts).toContain('No profiles have been written for these columns.');
    // The facts table, then per theme (T, X) its counts: the groups are the table's rows.
    const [, t, x] = tables(bytes);
    expect(t).toEqual([
      ['Document', 'Codings'],
      ['Groep A', '1'],
      ['Groep B', '0 (not discussed)'],
    ]);
    expect(x).toEqual([
      ['Document', 'Codings'],
      ['Groep A', '0 (not discussed)'],
      ['Groep B', '1'],
    ]);
  });

  it('does the same in Markdown and Excel', async () => {
    const md = synthesisMarkdown(byGroup());
    expect(md).toContain('*Voor de kolommen ‘Document’ is bij deze codes nog niets geschreven');
    expect(md).toContain('*Wel geschreven bij de kolommen: ‘Perspectief’.*');
    expect(md).toContain('| Document | Coderingen |');
    expect(md).toContain('| Groep A | 1 |');
    expect(md).toContain('| Groep B | 0 (niet besproken) |');
    expect(md).not.toContain('Besproken, nog niet samengevat');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await synthesisXlsx(byGroup('en'))).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Note', 'Codings per column']);
    const note = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(String(note[1]![1])).toMatch(/^Nothing has been written yet/);
    const counts = workbook.worksheets[1]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(counts[0]!.slice(1)).toEqual(['Code', 'Document', 'Codings']);
    expect(counts.slice(1).map((r) => r[2])).toEqual(['Groep A', 'Groep B', 'Groep A', 'Groep B']);
  });
});
