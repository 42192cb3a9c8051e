import { describe, expect, it } from 'vitest';
import { code, coding, groupProject } from '../coding/fixtures.ts';
import type { ProjectData } from '../model.ts';
import { agreementReport } from './report.ts';
import { agreementUnits } from './units.ts';

function project(): ProjectData {
  const p = groupProject([
    ['M', 'Wat is voor jullie normaal?'],
    ['R1', 'Dat je gewoon mag zijn wie je bent.'],
    ['R2', 'Voor mij is normaal dat er ruzie mag zijn.'],
    ['R3', 'Ik weet het niet zo goed eigenlijk.'],
  ]);
  const [t0, t1, t2, t3] = p.turns;
  if (!t0 || !t1 || !t2 || !t3) throw new Error('fixture');
  p.codes = [code('taal', null, 0), code('breed', null, 1)];
  p.codings = [
    coding('a1', 'taal', t1.start, t1.start + 5, { coderId: 'A' }),
    coding('a2', 'taal', t2.start, t2.end, { coderId: 'A' }),
    coding('b1', 'taal', t1.start + 3, t1.end, { coderId: 'B' }),
    coding('b2', 'taal', t3.start, t3.end, { coderId: 'B' }),
    coding('b3', 'breed', t0.start, t0.end, { coderId: 'B' }),
  ];
  return p;
}

describe('agreementUnits by turn', () => {
  it('gives each turn a present/absent value per coder and pools the uncoded turns', () => {
    const units = agreementUnits(project(), ['A', 'B'], { codeId: 'taal' });
    expect(units.map((u) => [u.turnId ?? 'pool', u.values.join(''), u.weight])).toEqual([
      ['d1:t1', '11', 1],
      ['d1:t2', '10', 1],
      ['d1:t3', '01', 1],
      ['pool', '00', 1],
    ]);
  });

  it('marks a coder who coded nothing in a document as missing', () => {
    const units = agreementUnits(project(), ['A', 'C'], { codeId: 'taal', skipUncoded: true });
    expect(units.every((u) => u.values[1] === null)).toBe(true);
  });
});

describe('agreementUnits by character', () => {
  it('sweeps the codings into stretches of equal coding', () => {
    const p = project();
    const t1 = p.turns[1];
    if (!t1) throw new Error('fixture');
    const units = agreementUnits(p, ['A', 'B'], { codeId: 'taal', unit: 'char', skipUncoded: true });
    const first = units.slice(0, 3).map((u) => [u.start - t1.start, u.end - t1.start, u.values.join('')]);
    expect(first).toEqual([
      [0, 3, '10'],
      [3, 5, '11'],
      [5, t1.end - t1.start, '01'],
    ]);
  });

  it('pools the uncovered characters with their count as weight', () => {
    const p = project();
    const units = agreementUnits(p, ['A', 'B'], { codeId: 'taal', unit: 'char' });
    const pooled = units.find((u) => u.pooled);
    const covered = units.filter((u) => !u.pooled).reduce((sum, u) => sum + u.weight, 0);
    expect(pooled?.weight).toBe((p.documents[0]?.text.length ?? 0) - covered);
  });
});

describe('agreementReport', () => {
  it.each([
    [false, 4, 0.5],
    [true, 3, 1 / 3],
  ])('per code, skipping uncoded = %s: n = %i, agreement %f', (skipUncoded, n, agreement) => {
    const report = agreementReport(project(), ['A', 'B'], { skipUncoded });
    const taal = report.perCode.find((row) => row.codeId === 'taal');
    expect(taal?.n).toBe(n);
    expect(taal?.percentAgreement).toBeCloseTo(agreement, 10);
    expect(taal?.cohenKappa).toBeDefined();
  });

  it('pools all codes for the overall figure', () => {
    const report = agreementReport(project(), ['A', 'B']);
    expect(report.overall.n).toBe(8);
    expect(report.perCode.map((r) => r.codeId)).toEqual(['taal', 'breed']);
  });

  it('lists the disagreements with both coders’ codings', () => {
    const report = agreementReport(project(), ['A', 'B'], { codeId: 'taal' });
    expect(
      report.disagreements.map((d) => [d.turnId, d.values.join(''), d.codings.map((c) => c.id)]),
    ).toEqual([
      ['d1:t2', '10', ['a2']],
      ['d1:t3', '01', ['b2']],
    ]);
  });

  it('leaves out κ for three coders', () => {
    expect(agreementReport(project(), ['A', 'B', 'C']).overall.cohenKappa).toBeUndefined();
  });
});
