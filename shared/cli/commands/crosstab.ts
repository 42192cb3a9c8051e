import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { formatMessage } from '../../messages.ts';
import type { ProjectData } from '../../model.ts';
import { readProject } from '../../exchange/projectRead.ts';
import { buildAnalysisIndex } from '../../analysis/analysisIndex.ts';
import { columnByName, parseColumnBy } from '../../analysis/columns.ts';
import { crosstab, MEASURES, type Crosstab, type Measure } from '../../analysis/crosstab.ts';

/** The JSON shape of `koor crosstab --json`. */
export type CrosstabReport = {
  measure: Measure;
  by: string;
  rollup: boolean;
  includeModerator: boolean;
  columns: string[];
  rows: { code: string; path: string; depth: number; values: Record<string, number>; total: number }[];
  totals: { values: Record<string, number>; total: number };
};

type Options = {
  by: string;
  measure: string;
  json?: boolean;
  includeModerator?: boolean;
  rollup?: boolean;
  lang: string;
};

/** Reads a .qdpx (REFI-QDA) or a .json ProjectData file. */
async function loadProject(path: string): Promise<ProjectData> {
  const bytes = new Uint8Array(await readFile(path));
  if (/\.json$/i.test(path)) return JSON.parse(new TextDecoder().decode(bytes)) as ProjectData;
  const result = readProject(bytes);
  if (!result.ok) throw new Error(formatMessage('en', result.reason, result.params));
  return result.data.project;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The crosstab as the JSON report. */
export function crosstabReport(table: Crosstab): CrosstabReport {
  const labels = table.columns.map((c) => c.label);
  const values = (list: number[]): Record<string, number> =>
    Object.fromEntries(labels.map((label, c) => [label, round(list[c]!)]));
  return {
    measure: table.measure,
    by: columnByName(table.by),
    rollup: table.rollup,
    includeModerator: table.includeModerator,
    columns: labels,
    rows: table.rows.map((row, r) => ({
      code: row.name,
      path: row.path,
      depth: row.depth,
      values: values(table.cells[r]!),
      total: round(table.rowTotals[r]!),
    })),
    totals: { values: values(table.columnTotals), total: round(table.total) },
  };
}

/** The crosstab as an aligned plain-text table: codes indented by depth, numbers right-aligned. */
export function crosstabText(table: Crosstab): string {
  const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  const header = ['code', ...table.columns.map((c) => c.label), 'total'];
  const body = table.rows.map((row, r) => [
    `${'  '.repeat(row.depth)}${row.name}`,
    ...table.cells[r]!.map(fmt),
    fmt(table.rowTotals[r]!),
  ]);
  const footer = ['(all codes)', ...table.columnTotals.map(fmt), fmt(table.total)];
  const lines = [header, ...body, footer];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, line(footer)].join('\n');
}

/** Registers `koor crosstab PROJECT --by … --measure …`. */
export function registerCrosstab(program: Command): void {
  program
    .command('crosstab')
    .description('count codes per perspective (or document, speaker, attribute) in a project')
    .argument('<project>', 'a REFI-QDA project (.qdpx) or a Koor project as JSON')
    .option('--by <columns>', 'perspective, document, speaker or an attribute name', 'perspective')
    .option('--measure <measure>', MEASURES.join(', '), 'codings')
    .option('--json', 'print JSON')
    .option('--include-moderator', "count the moderator's turns too")
    .option('--rollup', 'count sub-codes for their parent codes too')
    .option('--lang <lang>', 'language of column labels (nl, en)', 'nl')
    .action(async (path: string, options: Options) => {
      if (!MEASURES.includes(options.measure as Measure)) {
        process.stderr.write(
          `koor crosstab: unknown measure "${options.measure}"; use one of ${MEASURES.join(', ')}\n`,
        );
        process.exitCode = 2;
        return;
      }
      const index = buildAnalysisIndex(await loadProject(path));
      const table = crosstab(index, {
        by: parseColumnBy(options.by, index),
        measure: options.measure as Measure,
        rollup: options.rollup ?? false,
        includeModerator: options.includeModerator ?? false,
        lang: options.lang === 'en' ? 'en' : 'nl',
      });
      process.stdout.write(
        options.json ? `${JSON.stringify(crosstabReport(table), null, 2)}\n` : `${crosstabText(table)}\n`,
      );
    });
}
