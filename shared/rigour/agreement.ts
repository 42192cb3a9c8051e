/**
 * Inter-coder agreement statistics over a ratings matrix: one row per unit, one column per coder, a category
 * value or null (missing). Rows may carry a weight (character units are stretches of equal coding).
 *
 * Undefined values: when the coefficients' expected disagreement is zero — every coder used one and the same
 * category throughout, so agreement cannot be told apart from chance — κ and α are NaN (shown as "niet te
 * bepalen"), as Krippendorff (2011) prescribes, rather than a misleading 1. With no pairable units, every measure
 * is NaN and n is 0.
 */

export type RatingValue = string | null;

export type RatingUnit = { values: RatingValue[]; weight?: number };

export type AgreementStatistics = {
  /** Pairable units (at least two values); for weighted units, the sum of their weights. */
  n: number;
  percentAgreement: number;
  /** Only for exactly two coders. */
  cohenKappa?: number;
  krippendorffAlpha: number;
  brennanPrediger: number;
};

/** Rows of plain values as units of weight 1. */
export function toUnits(matrix: readonly (readonly RatingValue[])[]): RatingUnit[] {
  return matrix.map((values) => ({ values: [...values] }));
}

/**
 * Observed agreement: per unit, the share of agreeing pairs among its coders' values, averaged over the
 * pairable units (for two coders: the share of units on which both chose the same category).
 */
export function percentAgreement(units: readonly RatingUnit[]): number {
  let total = 0;
  let agreeing = 0;
  for (const unit of units) {
    const counts = valueCounts(unit.values);
    const m = sum(counts.values());
    if (m < 2) continue;
    const w = unit.weight ?? 1;
    let pairs = 0;
    for (const c of counts.values()) pairs += c * (c - 1);
    agreeing += (w * pairs) / (m * (m - 1));
    total += w;
  }
  return total === 0 ? Number.NaN : agreeing / total;
}

/** Cohen's κ for two coders (columns 0 and 1), over the units both coded: (pₒ − pₑ) / (1 − pₑ). */
export function cohenKappa(units: readonly RatingUnit[]): number {
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (const unit of units) {
    const [x, y] = unit.values;
    if (x == null || y == null) continue;
    const w = unit.weight ?? 1;
    n += w;
    if (x === y) agree += w;
    a.set(x, (a.get(x) ?? 0) + w);
    b.set(y, (b.get(y) ?? 0) + w);
  }
  if (n === 0) return Number.NaN;
  let expected = 0;
  for (const [category, count] of a) expected += (count / n) * ((b.get(category) ?? 0) / n);
  const observed = agree / n;
  return expected >= 1 - 1e-12 ? Number.NaN : (observed - expected) / (1 - expected);
}

/**
 * Krippendorff's α for nominal data, any number of coders, missing values allowed, computed with the
 * coincidence matrix: α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
 */
export function krippendorffAlpha(units: readonly RatingUnit[]): number {
  const marginals = new Map<string, number>();
  let observedDisagreement = 0;
  for (const unit of units) {
    const counts = valueCounts(unit.values);
    const m = sum(counts.values());
    if (m < 2) continue;
    const w = unit.weight ?? 1;
    let squares = 0;
    for (const [category, c] of counts) {
      squares += c * c;
      marginals.set(category, (marginals.get(category) ?? 0) + w * c);
    }
    observedDisagreement += (w * (m * m - squares)) / (m - 1);
  }
  const n = sum(marginals.values());
  let squaresOfMarginals = 0;
  for (const c of marginals.values()) squaresOfMarginals += c * c;
  const expectedPairs = n * n - squaresOfMarginals;
  if (n === 0 || expectedPairs <= 1e-12) return Number.NaN;
  return 1 - ((n - 1) * observedDisagreement) / expectedPairs;
}

/**
 * Brennan–Prediger κ (free marginals): (pₒ − 1/q) / (1 − 1/q), with q the number of categories coders could
 * choose (2 for present/absent); q defaults to the number of categories seen. NaN when q < 2.
 */
export function brennanPrediger(units: readonly RatingUnit[], categories?: number): number {
  const q = categories ?? distinctValues(units).size;
  const observed = percentAgreement(units);
  if (q < 2 || Number.isNaN(observed)) return Number.NaN;
  return (observed - 1 / q) / (1 - 1 / q);
}

/** All measures at once; κ only when there are exactly two coders. */
export function agreementStatistics(
  units: readonly RatingUnit[],
  options: { coders: number; categories?: number },
): AgreementStatistics {
  let n = 0;
  for (const unit of units) if (unit.values.filter((v) => v != null).length >= 2) n += unit.weight ?? 1;
  const stats: AgreementStatistics = {
    n,
    percentAgreement: percentAgreement(units),
    krippendorffAlpha: krippendorffAlpha(units),
    brennanPrediger: brennanPrediger(units, options.categories),
  };
  if (options.coders === 2) stats.cohenKappa = cohenKappa(units);
  return stats;
}

function valueCounts(values: readonly RatingValue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function distinctValues(units: readonly RatingUnit[]): Set<string> {
  const set = new Set<string>();
  for (const unit of units) for (const v of unit.values) if (v != null) set.add(v);
  return set;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
