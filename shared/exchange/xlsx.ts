/**
 * XLSX through exceljs, loaded only when an Excel export is asked for (it is large). Returns bytes as a
 * Uint8Array in Node and in the browser.
 */
export type Sheet = { name: string; header: string[]; rows: (string | number)[][]; widths?: number[] };

/** Writes sheets with a bold, frozen header row and filters, as .xlsx bytes. */
export async function writeXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const exceljs = await import('exceljs');
  const Workbook = exceljs.Workbook ?? (exceljs as unknown as { default: typeof exceljs }).default.Workbook;
  const workbook = new Workbook();
  workbook.creator = 'Koor';
  for (const sheet of sheets) {
    // Excel limits sheet names to 31 characters without []:*?/\.
    const ws = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(sheet.header).font = { bold: true };
    ws.addRows(sheet.rows);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.header.length) } };
    sheet.header.forEach((_, i) => {
      ws.getColumn(i + 1).width = sheet.widths?.[i] ?? 18;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
