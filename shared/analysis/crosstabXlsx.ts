import type { Crosstab } from './crosstab.ts';
import { crosstabRows } from './crosstabExport.ts';
import { heatColor, intensityScale } from './charts.ts';

/**
 * The crosstab as an .xlsx workbook (one sheet, bold header and totals, cells shaded by the colour scale).
 * exceljs is loaded on first use so the app does not pay for it until someone exports.
 */
export async function crosstabToXlsx(table: Crosstab, lang: 'nl' | 'en'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koor';
  const sheet = workbook.addWorksheet(lang === 'nl' ? 'Kruistabel' : 'Crosstab');
  const rows = crosstabRows(table, lang);
  rows.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(rows.length).font = { bold: true };
  sheet.getColumn(1).width = Math.min(60, Math.max(12, ...table.rows.map((r) => r.path.length)));
  const scale = intensityScale(table);
  const numberFormat = table.measure === 'per1000' || table.measure.startsWith('percent') ? '0.00' : '0';
  table.cells.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 2, c + 2);
      cell.numFmt = numberFormat;
      const argb = `FF${heatColor(scale(value), '#2B6CB0').slice(1).toUpperCase()}`;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }),
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
