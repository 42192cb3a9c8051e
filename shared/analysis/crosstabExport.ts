/** The crosstab as a plain table (for spreadsheets), as CSV, and as an XLSX workbook. */
import { formatMessage } from '../messages.ts';
import type { Crosstab } from './crosstab.ts';

export type Cell = string | number;

/** Keeps two decimals for rates and percentages; counts stay integers. */
function rounded(table: Crosstab, value: number): number {
  return table.measure === 'per1000' || table.measure.startsWith('percent')
    ? Math.round(value * 100) / 100
    : value;
}

/**
 * The crosstab as rows of cells: a header (code path, columns, total), one row per code with its full path,
 * and a last row with the column totals. Numbers stay numbers so a spreadsheet can compute with them.
 */
export function crosstabRows(table: Crosstab, lang: 'nl' | 'en'): Cell[][] {
  const measure = formatMessage(lang, `analysis.measure.${table.measure}`);
  const header: Cell[] = [
    `${formatMessage(lang, 'analysis.row.code')} (${measure})`,
    ...table.columns.map((c) => c.label),
    formatMessage(lang, 'analysis.column.total'),
  ];
  const body = table.rows.map((row, r) => [
    row.path,
    ...table.cells[r]!.map((v) => rounded(table, v)),
    rounded(table, table.rowTotals[r]!),
  ]);
  const totals: Cell[] = [
    formatMessage(lang, 'analysis.row.total'),
    ...table.columnTotals.map((v) => rounded(table, v)),
    rounded(table, table.total),
  ];
  return [header, ...body, totals];
}

function csvField(cell: Cell, lang: 'nl' | 'en', separator: string): string {
  const text =
    typeof cell === 'number' ? (lang === 'nl' ? String(cell).replace('.', ',') : String(cell)) : cell;
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV of the crosstab as Excel expects it in the language: Dutch uses ";" between fields and a decimal comma,
 * English "," and a decimal point. Lines end in CRLF; a BOM makes Excel read UTF-8 (é, ë, ï).
 */
export function crosstabToCsv(table: Crosstab, lang: 'nl' | 'en'): string {
  const separator = lang === 'nl' ? ';' : ',';
  const lines = crosstabRows(table, lang).map((row) =>
    row.map((c) => csvField(c, lang, separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
