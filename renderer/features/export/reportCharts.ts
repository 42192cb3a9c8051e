/** The report's chart per theme as PNG bytes: the shared SVG (shared/synthesis/themeChart.ts) drawn on a canvas. */
import type { Id } from '../../../shared/model.ts';
import type { SynthesisReport } from '../../../shared/synthesis/reportData.ts';
import { byLabel } from '../../../shared/synthesis/reportText.ts';
import { themeChart } from '../../../shared/synthesis/themeChart.ts';
import { pictureToPng } from '../compare/chartExport.ts';

/** One PNG per row of the report, by code id, at twice the size Word shows it (sharp when zoomed or printed). */
export async function reportCharts(report: SynthesisReport): Promise<Map<Id, Uint8Array>> {
  const by = byLabel(report.lang, report.grid.by);
  const charts = new Map<Id, Uint8Array>();
  for (const row of report.rows)
    charts.set(row.code.id, await pictureToPng(themeChart(row, report.lang, by), 2));
  return charts;
}
