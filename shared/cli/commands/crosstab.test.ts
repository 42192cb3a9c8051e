import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testProject } from '../../analysis/testProject.ts';
import { writeProject } from '../../exchange/projectWrite.ts';
import { main } from '../main.ts';
import type { CrosstabReport } from './crosstab.ts';

const dir = mkdtempSync(join(tmpdir(), 'koor-crosstab-'));
const qdpx = join(dir, 'test.qdpx');
writeFileSync(qdpx, writeProject(testProject()));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  process.exitCode = undefined;
  const code = await main(['node', 'koor', 'crosstab', ...args]);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('koor crosstab', () => {
  it('prints JSON per perspective from a .qdpx', async () => {
    const { code, out } = await run(qdpx, '--json', '--rollup');
    expect(code).toBe(0);
    const report = JSON.parse(out) as CrosstabReport;
    expect(report).toMatchObject({ measure: 'codings', by: 'perspective', rollup: true });
    expect(report.columns).toEqual(['jongeren', 'ouders', 'onderwijs', 'gemeente']);
    expect(report.rows[0]).toMatchObject({
      code: 'T',
      path: 'T',
      values: { jongeren: 1, ouders: 1, onderwijs: 1, gemeente: 0 },
      total: 3,
    });
    expect(report.totals.total).toBe(5);
  });

  it.each([
    [['--measure', 'per1000'], '(all codes)      1000     800        500         0  785.71'],
    [
      ['--measure', 'codings', '--include-moderator'],
      '(all codes)         2       3          1         0      6',
    ],
    [['--by', 'document'], '(all codes)        3        2      5'],
  ])('prints an aligned table with %j', async (args, lastLine) => {
    const { out } = await run(qdpx, ...args);
    expect(out.trimEnd().split('\n').at(-1)).toBe(lastLine);
  });

  it('refuses an unknown measure', async () => {
    const { code, err } = await run(qdpx, '--measure', 'vaak');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown measure/);
  });
});
