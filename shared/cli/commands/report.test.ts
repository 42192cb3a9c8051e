import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { synthesisTestProject } from '../../synthesis/testContent.ts';
import { main } from '../main.ts';
import type { CrosstabReport } from './crosstab.ts';
import type { SynthesisJson } from '../../synthesis/reportJson.ts';

const dir = mkdtempSync(join(tmpdir(), 'koor-report-'));
const project = join(dir, 'project.json');
writeFileSync(project, JSON.stringify(synthesisTestProject()));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  process.exitCode = undefined;
  const code = await main(['node', 'koor', ...args]);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('koor report', () => {
  it.each([
    [['--by', 'perspective']],
    [['--by', 'document']],
    [['--by', 'speaker', '--include-moderator']],
    [['--by', 'setting', '--rollup']],
  ])('counts every cell as koor crosstab --measure codings does (%j)', async (options) => {
    const report = await run(
      'report',
      project,
      '--codes',
      'T',
      '--codes',
      'X',
      '--format',
      'json',
      '--out',
      '-',
      ...options,
    );
    expect(report.code).toBe(0);
    const json = JSON.parse(report.out) as SynthesisJson;
    const crosstab = JSON.parse(
      (await run('crosstab', project, '--json', '--measure', 'codings', ...options)).out,
    ) as CrosstabReport;
    expect(json.columns).toEqual(crosstab.columns);
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      const counts = crosstab.rows.find((r) => r.path === row.path)!.values;
      for (const column of json.columns)
        expect(row.cells[column]!.codings, `${row.path} × ${column}`).toBe(counts[column]);
    }
  });

  it('quotes exactly the coded text', async () => {
    const json = JSON.parse(
      (await run('report', project, '--codes', 'T', '--format', 'json', '--out', '-')).out,
    ) as SynthesisJson;
    const data = synthesisTestProject();
    const quotes = json.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.quotes));
    expect(quotes.length).toBe(4);
    for (const q of quotes)
      expect(data.documents.find((d) => d.name === q.document)!.text.slice(q.start, q.end)).toBe(q.text);
    expect(json.rows.map((r) => r.code)).toEqual(['T', 'T1', 'T2']);
  });

  it('writes Word, Excel and Markdown files', async () => {
    for (const format of ['docx', 'xlsx', 'md']) {
      const out = join(dir, `report.${format}`);
      expect(
        (await run('report', project, '--codes', 'T', '--format', format, '--out', out, '--lang', 'en')).code,
      ).toBe(0);
      const bytes = new Uint8Array(readFileSync(out));
      if (format === 'docx') expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('Heading1');
      if (format === 'xlsx') expect(Object.keys(unzipSync(bytes))).toContain('xl/workbook.xml');
      if (format === 'md') expect(strFromU8(bytes)).toContain('# Synthesis per theme and perspective');
    }
  });

  it.each([
    [['--format', 'pdf', '--out', '-'], 2, /unknown format/],
    [['--format', 'docx', '--out', '-'], 2, /--out - is for json and md/],
    [['--format', 'json', '--out', '-', '--codes', 'Nope'], 1, /no single code named "Nope"/],
  ])('refuses %j', async (args, exit, message) => {
    const { code, err } = await run('report', project, ...args);
    expect(code).toBe(exit);
    expect(err).toMatch(message);
  });
});
