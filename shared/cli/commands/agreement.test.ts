import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { code, coding, groupProject } from '../../coding/fixtures.ts';
import { writeProject } from '../../exchange/projectWrite.ts';
import { main } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'koor-agreement-'));
let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal example with missing data: α = 0.743.
const ratings = [
  ['1', '1', '', '1'],
  ['2', '2', '3', '2'],
  ['3', '3', '3', '3'],
  ['3', '3', '3', '3'],
  ['2', '2', '2', '2'],
  ['1', '2', '3', '4'],
  ['4', '4', '4', '4'],
  ['1', '1', '2', '1'],
  ['2', '2', '2', '2'],
  ['', '5', '5', '5'],
  ['', '', '1', '1'],
  ['', '3', '', ''],
];

describe('koor agreement --table', () => {
  it('computes α for a ratings table with missing values, without κ for four coders', async () => {
    const rows = ratings.flatMap((values, u) => values.map((v, c) => `u${u + 1};${'ABCD'[c]};${v}`));
    const file = join(dir, 'ratings.csv');
    writeFileSync(file, `unit;coder;value\n${rows.join('\n')}\n`);
    expect(await main(['node', 'koor', 'agreement', '--table', file, '--json'])).toBe(0);
    const json = JSON.parse(out) as Record<string, number>;
    expect(json.krippendorffAlpha).toBeCloseTo(0.743, 3);
    expect(json.n).toBe(11);
    expect(Object.keys(json)).toEqual(['n', 'percentAgreement', 'krippendorffAlpha', 'brennanPrediger']);
  });

  // α by hand: 1 − (n − 1)·Σo_ck / Σn_c·n_k = 1 − 99·30 / (2·55·45) = 0.4.
  it('gives κ for two coders (Wikipedia 20/5/10/15 → 0.4)', async () => {
    const pairs = [
      ...Array.from({ length: 20 }, () => ['y', 'y']),
      ...Array.from({ length: 5 }, () => ['y', 'n']),
      ...Array.from({ length: 10 }, () => ['n', 'y']),
      ...Array.from({ length: 15 }, () => ['n', 'n']),
    ];
    const file = join(dir, 'pairs.csv');
    writeFileSync(file, pairs.map(([a, b], i) => `${i},A,${a}\n${i},B,${b}`).join('\n'));
    expect(await main(['node', 'koor', 'agreement', '--table', file, '--json'])).toBe(0);
    expect(JSON.parse(out)).toEqual({
      n: 50,
      percentAgreement: 0.7,
      cohenKappa: 0.4,
      krippendorffAlpha: 0.4,
      brennanPrediger: 0.4,
    });
  });
});

describe('koor agreement PROJECT.qdpx', () => {
  const project = groupProject([
    ['M', 'Wat is voor jullie normaal?'],
    ['R1', 'Dat je gewoon mag zijn wie je bent.'],
    ['R2', 'Voor mij is normaal dat er ruzie mag zijn.'],
  ]);
  const [t0, t1, t2] = project.turns;
  project.codes = [code('8f0c1c1e-0000-4000-8000-000000000001', null, 0, { name: 'Taal' })];
  const taal = project.codes[0]?.id ?? '';
  project.coders = [
    { id: '8f0c1c1e-0000-4000-8000-00000000000a', name: 'Anna' },
    { id: '8f0c1c1e-0000-4000-8000-00000000000b', name: 'Bram' },
  ];
  const [anna, bram] = project.coders.map((c) => c.id);
  project.codings = [
    coding('8f0c1c1e-0000-4000-8000-0000000000c1', taal, t1?.start ?? 0, t1?.end ?? 0, { coderId: anna }),
    coding('8f0c1c1e-0000-4000-8000-0000000000c2', taal, t1?.start ?? 0, t1?.end ?? 0, { coderId: bram }),
    coding('8f0c1c1e-0000-4000-8000-0000000000c3', taal, t2?.start ?? 0, t2?.end ?? 0, { coderId: anna }),
    coding('8f0c1c1e-0000-4000-8000-0000000000c4', taal, t0?.start ?? 0, t0?.end ?? 0, { coderId: bram }),
  ];
  const file = join(dir, 'project.qdpx');

  it.each([
    ['turn', { n: 3, percentAgreement: 0.3333 }],
    ['char', { percentAgreement: expect.any(Number) }],
  ])('compares two coders by name (unit %s)', async (unit, expected) => {
    writeFileSync(file, writeProject(project));
    expect(
      await main(['node', 'koor', 'agreement', file, '--coders', 'Anna,Bram', '--unit', unit, '--json']),
    ).toBe(0);
    const json = JSON.parse(out) as Record<string, number>;
    expect(json).toMatchObject(expected);
    expect(json).toHaveProperty('cohenKappa');
  });

  it('names the coders it knows when one is unknown', async () => {
    writeFileSync(file, writeProject(project));
    expect(await main(['node', 'koor', 'agreement', file, '--coders', 'Anna,Zoë'])).toBe(1);
    expect(err).toContain('Anna, Bram');
  });
});
