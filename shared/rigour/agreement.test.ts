import { describe, expect, it } from 'vitest';
import {
  agreementStatistics,
  brennanPrediger,
  cohenKappa,
  krippendorffAlpha,
  percentAgreement,
  toUnits,
  type RatingValue,
} from './agreement.ts';

/** A two-coder yes/no table as units: [yes-yes, yes-no, no-yes, no-no]. */
function table(yy: number, yn: number, ny: number, nn: number) {
  const rows: RatingValue[][] = [];
  const add = (count: number, a: string, b: string) => {
    for (let i = 0; i < count; i++) rows.push([a, b]);
  };
  add(yy, 'yes', 'yes');
  add(yn, 'yes', 'no');
  add(ny, 'no', 'yes');
  add(nn, 'no', 'no');
  return toUnits(rows);
}

const _ = null;

describe("Cohen's κ", () => {
  // Wikipedia, "Cohen's kappa", section "Simple example": 50 proposals, two readers,
  // yes/yes 20, yes/no 5, no/yes 10, no/no 15 → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
  it('reproduces the worked example (κ = 0.4)', () => {
    const units = table(20, 5, 10, 15);
    expect(percentAgreement(units)).toBeCloseTo(0.7, 3);
    expect(cohenKappa(units)).toBeCloseTo(0.4, 3);
  });

  // Wikipedia, "Cohen's kappa", section "Same percentages but different numbers": both tables have pₒ = 0.60,
  // yet κ = 0.1304 and κ = 0.2593.
  it.each([
    [[45, 15, 25, 15], 0.1304],
    [[25, 35, 5, 35], 0.2593],
  ])('reproduces the same-percentages example %j (κ = %f)', (cells, kappa) => {
    const [a = 0, b = 0, c = 0, d = 0] = cells;
    expect(cohenKappa(table(a, b, c, d))).toBeCloseTo(kappa, 3);
  });
});

describe("Krippendorff's α (nominal)", () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
  // University of Pennsylvania, section C: four observers, twelve units, values 1–5, missing data → α = 0.743.
  const reliabilityData: RatingValue[][] = [
    ['1', '1', _, '1'],
    ['2', '2', '3', '2'],
    ['3', '3', '3', '3'],
    ['3', '3', '3', '3'],
    ['2', '2', '2', '2'],
    ['1', '2', '3', '4'],
    ['4', '4', '4', '4'],
    ['1', '1', '2', '1'],
    ['2', '2', '2', '2'],
    [_, '5', '5', '5'],
    [_, _, '1', '1'],
    [_, '3', _, _],
  ];

  it('reproduces the four-observer example with missing data (α = 0.743)', () => {
    expect(krippendorffAlpha(toUnits(reliabilityData))).toBeCloseTo(0.743, 3);
  });

  // Krippendorff (2011), section A: two observers, ten units, binary data → α = 0.095.
  it('reproduces the two-observer binary example (α = 0.095)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = toUnits(a.map((x, i) => [String(x), String(b[i])]));
    expect(krippendorffAlpha(units)).toBeCloseTo(0.095, 3);
  });

  it('treats weighted units as repeated units', () => {
    const weighted = [
      { values: ['1', '1'], weight: 3 },
      { values: ['1', '2'], weight: 2 },
      { values: ['2', '2'], weight: 5 },
    ];
    const repeated = toUnits([
      ...Array.from({ length: 3 }, () => ['1', '1']),
      ...Array.from({ length: 2 }, () => ['1', '2']),
      ...Array.from({ length: 5 }, () => ['2', '2']),
    ]);
    expect(krippendorffAlpha(weighted)).toBeCloseTo(krippendorffAlpha(repeated), 10);
    expect(cohenKappa(weighted)).toBeCloseTo(cohenKappa(repeated), 10);
  });
});

describe('Brennan–Prediger κ', () => {
  // Brennan, R. L. & Prediger, D. J. (1981). Coefficient kappa: some uses, misuses, and alternatives.
  // Educational and Psychological Measurement 41, 687–699: κₙ = (pₒ − 1/q) / (1 − 1/q).
  // For the Wikipedia table above, pₒ = 0.7 and q = 2 give (0.7 − 0.5) / 0.5 = 0.4; with q = 3, 0.55.
  it.each([
    [2, 0.4],
    [3, 0.55],
  ])('with q = %i categories gives %f', (q, expected) => {
    expect(brennanPrediger(table(20, 5, 10, 15), q)).toBeCloseTo(expected, 3);
  });
});

describe('edge cases', () => {
  it('perfect agreement over two categories gives 1 everywhere', () => {
    const stats = agreementStatistics(table(5, 0, 0, 5), { coders: 2, categories: 2 });
    expect(stats).toEqual({
      n: 10,
      percentAgreement: 1,
      cohenKappa: 1,
      krippendorffAlpha: 1,
      brennanPrediger: 1,
    });
  });

  it('one category only: κ and α are undefined (NaN), agreement is 1', () => {
    const stats = agreementStatistics(table(0, 0, 0, 8), { coders: 2, categories: 2 });
    expect(stats.percentAgreement).toBe(1);
    expect(stats.cohenKappa).toBeNaN();
    expect(stats.krippendorffAlpha).toBeNaN();
    expect(stats.brennanPrediger).toBe(1);
  });

  it('all missing: n = 0 and every measure NaN', () => {
    const stats = agreementStatistics(
      toUnits([
        [_, _],
        ['1', _],
      ]),
      { coders: 2 },
    );
    expect(stats.n).toBe(0);
    expect(stats.percentAgreement).toBeNaN();
    expect(stats.cohenKappa).toBeNaN();
    expect(stats.krippendorffAlpha).toBeNaN();
    expect(stats.brennanPrediger).toBeNaN();
  });

  it('leaves out κ for more than two coders and counts pairwise agreement', () => {
    const stats = agreementStatistics(toUnits([['a', 'a', 'b']]), { coders: 3, categories: 2 });
    expect(stats.cohenKappa).toBeUndefined();
    expect(stats.percentAgreement).toBeCloseTo(1 / 3, 10);
  });

  it('systematic disagreement gives negative values', () => {
    expect(cohenKappa(table(0, 5, 5, 0))).toBeCloseTo(-1, 10);
    expect(krippendorffAlpha(table(0, 5, 5, 0))).toBeLessThan(0);
  });
});
