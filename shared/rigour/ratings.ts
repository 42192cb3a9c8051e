import Papa from 'papaparse';
import type { Result, Warning } from '../model.ts';
import type { RatingValue } from './agreement.ts';

/** Ratings made anywhere: one row per unit, one column per coder, null where a coder gave no value. */
export type RatingsMatrix = { units: string[]; coders: string[]; values: RatingValue[][] };

/**
 * Parses a ratings table with the columns unit;coder;value (delimiter ";" or ","; a header row is optional;
 * an empty value is missing). A unit rated twice by the same coder keeps the last value, with a warning.
 */
export function parseRatingsCsv(text: string): Result<RatingsMatrix> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  const first = rows[0];
  if (first && first[0]?.toLowerCase() === 'unit' && first[1]?.toLowerCase() === 'coder') rows.shift();
  if (rows.length === 0) return { ok: false, reason: 'rigour.ratingsEmpty' };

  const units = new Map<string, number>();
  const coders = new Map<string, number>();
  const cells = new Map<string, RatingValue>();
  const warnings: Warning[] = [];
  for (const [index, row] of rows.entries()) {
    const [unit = '', coder = '', value = ''] = row;
    if (row.length < 2 || unit === '' || coder === '') {
      return { ok: false, reason: 'rigour.ratingsBadRow', params: { row: index + 1 } };
    }
    if (!units.has(unit)) units.set(unit, units.size);
    if (!coders.has(coder)) coders.set(coder, coders.size);
    const key = `${unit}\u0000${coder}`;
    if (cells.has(key)) warnings.push({ key: 'rigour.ratingsDuplicate', params: { unit, coder } });
    cells.set(key, value === '' ? null : value);
  }
  const values = [...units.keys()].map((unit) =>
    [...coders.keys()].map((coder) => cells.get(`${unit}\u0000${coder}`) ?? null),
  );
  const data = { units: [...units.keys()], coders: [...coders.keys()], values };
  return warnings.length > 0 ? { ok: true, data, warnings } : { ok: true, data };
}
