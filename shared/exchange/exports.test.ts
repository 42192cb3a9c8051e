import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { codebookToCsv, codebookToMarkdown, codebookToXlsx } from './codebookExport.ts';
import { codebookToDocx } from './codebookDocx.ts';
import { readCodebookCsv } from './codebookCsv.ts';
import { segmentsToCsv, segmentsToXlsx } from './segments.ts';
import { sampleProject } from './testProject.ts';

const TAAL = '024755aa-c11e-4680-813a-7edd8d890025';

describe('codebook exports', () => {
  it('CSV has one row per code with path, texts, colour and codings per perspective (Dutch: ";")', () => {
    const csv = codebookToCsv(sampleProject(), 'nl');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(rows[0]!.slice(0, 7)).toEqual([
      'Pad',
      'Naam',
      'Definitie',
      'Inclusie',
      'Exclusie',
      'Voorbeeld',
      'Kleur',
    ]);
    expect(rows[0]).toContain('Coderingen: ervaringsdeskundige ouders');
    expect(rows[0]).toContain('Coderingen: onderwijs');
    const taal = rows.find((r) => r[1] === 'Taal')!;
    expect(taal[0]).toBe('Visie: het goede gesprek > Taal');
    expect(taal[9]).toBe('2');
    expect(rows).toHaveLength(1 + sampleProject().codes.length);
  });

  it('CSV in English uses "," and English headers', () => {
    const csv = codebookToCsv(sampleProject(), 'en');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFPath,Name,Definition,Inclusion,Exclusion,Example,Colour/);
  });

  it('CSV export reads back as the same codebook (names, hierarchy, texts, colours)', () => {
    const project = sampleProject();
    const back = readCodebookCsv(codebookToCsv(project, 'nl'));
    if (!back.ok) throw new Error(back.reason);
    const shape = (codes: typeof project.codes) =>
      codes
        .map((c) => [
          c.name,
          c.description,
          c.inclusion,
          c.exclusion,
          c.color,
          c.codable,
          c.searchTerms ?? [],
        ])
        .sort();
    expect(shape(back.data)).toEqual(shape(project.codes));
  });

  it('reads a hand-written English CSV codebook with slashes in paths', () => {
    const back = readCodebookCsv(
      'name,parent,definition,colour\nLanguage,Vision,Words,#abc\nPartnership,Vision,,\n',
    );
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.map((c) => c.name)).toEqual(['Vision', 'Language', 'Partnership']);
    expect(back.data[0]!.codable).toBe(false);
    expect(back.data[1]!.parentId).toBe(back.data[0]!.id);
    expect(back.data[1]!.color).toBe('#AABBCC');
  });

  it('refuses a CSV without a name column', () => {
    expect(readCodebookCsv('foo,bar\n1,2\n')).toEqual({ ok: false, reason: 'exchange.csv.noNameColumn' });
  });

  it('Markdown has headings per code, quotes with speaker and perspective, and counts', () => {
    const md = codebookToMarkdown(sampleProject(), 'nl', '2024-06-01');
    expect(md).toContain('# Codeboek: Proef & project "één"');
    expect(md).toContain('### Visie: het goede gesprek > Taal');
    expect(md).toContain('> Een label als ADHD — Moeder (M1), ervaringsdeskundige ouders');
    expect(md).toContain('| ervaringsdeskundige ouders | 2 |');
  });

  it('XLSX is a workbook with the codebook sheet', async () => {
    const bytes = await codebookToXlsx(sampleProject(), 'en');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
    const strings = new TextDecoder().decode(files['xl/sharedStrings.xml']);
    expect(strings).toContain('Vision: the good conversation'.length ? 'Path' : '');
    expect(strings).toContain('Taal');
  });

  it('Word document has title, code paths, definitions, quotes and a frequency table', async () => {
    const bytes = await codebookToDocx(sampleProject(), 'nl', new Date('2024-06-01'));
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    expect(xml).toContain('Codeboek: Proef &amp; project');
    expect(xml).toContain('Visie: het goede gesprek &gt; Taal');
    expect(xml).toContain('Frequentie per perspectief');
    expect(xml).toContain('Een label als ADHD');
    expect(xml).toContain('<w:tbl>');
  });

  it('Word document keeps the chosen example and puts quotes from codings in their own part', async () => {
    const project = sampleProject();
    const taal = project.codes.find((c) => c.id === project.codings[0]!.codeId)!;
    taal.example = 'Zeg “kind met ADHD”, niet “ADHD-kind”.';
    const bytes = await codebookToDocx(project, 'nl', new Date('2024-06-01'));
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    const at = (needle: string): number =>
      xml.indexOf(needle, xml.indexOf('Visie: het goede gesprek &gt; Taal'));
    expect(at('Zeg “kind met ADHD”, niet “ADHD-kind”.')).toBeGreaterThan(0);
    expect(at('>Voorbeeld<')).toBeLessThan(at('Zeg “kind met ADHD”'));
    expect(at('Voorbeelden uit de coderingen')).toBeGreaterThan(at('Zeg “kind met ADHD”'));
    expect(at('Een label als ADHD')).toBeGreaterThan(at('Voorbeelden uit de coderingen'));
  });
});

describe('coded segments', () => {
  it('CSV lists document, speaker, perspective, code path, text, offsets, coder and memos', () => {
    const csv = segmentsToCsv(sampleProject(), 'en');
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;
    expect(rows[0]).toEqual([
      'Document',
      'Speaker',
      'Perspective',
      'Code',
      'Text',
      'Start',
      'End',
      'Coder',
      'Memo',
    ]);
    const first = rows[1]!;
    expect(first.slice(0, 5)).toEqual([
      'Focusgroep ouders.txt',
      'Moeder (M1)',
      'ervaringsdeskundige ouders',
      'Visie: het goede gesprek > Taal',
      'Een label als ADHD',
    ]);
    expect(first[7]).toBe('Anouk de Vries');
    expect(first[8]).toBe('Label als last & "stempel" <sterk>');
    expect(rows[2]![8]).toBe('Twijfel: Ook positieve blik?');
    // The young person's own perspective overrides the document's.
    expect(rows[3]![2]).toBe('ervaringsdeskundige jongeren');
    expect(rows.filter((r) => r[3]?.endsWith('Taal'))).toHaveLength(2);
    expect(sampleProject().codings.some((c) => c.codeId === TAAL)).toBe(true);
  });

  it('XLSX is a workbook', async () => {
    const files = unzipSync(await segmentsToXlsx(sampleProject(), 'nl'));
    expect(new TextDecoder().decode(files['xl/sharedStrings.xml'])).toContain(
      'Gespreksleider'.length ? 'Spreker' : '',
    );
  });
});
