import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildAnalysisIndex } from '../../analysis/analysisIndex.ts';
import { parseColumnBy } from '../../analysis/columns.ts';
import type { Id, ProjectData } from '../../model.ts';
import { synthesisReport } from '../../synthesis/reportData.ts';
import { synthesisDocx } from '../../synthesis/reportDocx.ts';
import { synthesisJson } from '../../synthesis/reportJson.ts';
import { synthesisMarkdown } from '../../synthesis/reportMarkdown.ts';
import { synthesisXlsx } from '../../synthesis/reportXlsx.ts';
import { findCodeByName, subtreeRowCodeIds } from '../../synthesis/rows.ts';
import { CliFailure, loadProjectOrCodebook, runCli } from './codebook.ts';

const FORMATS = ['docx', 'xlsx', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

type Options = {
  by: string;
  codes?: string[];
  format: string;
  out: string;
  includeModerator?: boolean;
  rollup?: boolean;
  lang: string;
};

/** A .qdpx/.qde project, or a Koor project as JSON (ProjectData). */
async function loadReportProject(path: string): Promise<ProjectData> {
  if (extname(path).toLowerCase() !== '.json') return loadProjectOrCodebook(path);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ProjectData;
  } catch (error) {
    throw new CliFailure(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The row codes for --codes names: each code's subtree (see subtreeRowCodeIds); undefined for the default. */
function rowCodes(project: ProjectData, names: readonly string[] | undefined): Id[] | undefined {
  if (!names || names.length === 0) return undefined;
  const ids: Id[] = [];
  for (const name of names) {
    const code = findCodeByName(project.codes, name);
    if (!code) throw new CliFailure(`no single code named "${name}" (use its name or its path "A > B")`);
    for (const id of subtreeRowCodeIds(project.codes, code.id)) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Registers `koor report PROJECT --by … --format docx|xlsx|md|json --out FILE`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the synthesis report: summaries, syntheses and key quotes per theme and perspective')
    .argument('<project>', 'a REFI-QDA project (.qdpx) or a Koor project as JSON')
    .option('--by <columns>', 'perspective, document, speaker or an attribute name', 'perspective')
    .option(
      '--codes <name>',
      'a code (name or path) whose sub-codes are the rows; repeat for more (default: the vision themes)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .requiredOption('--format <format>', FORMATS.join(', '))
    .requiredOption('--out <file>', 'the file to write; - for stdout (json and md)')
    .option('--include-moderator', "count the moderator's turns too")
    .option('--rollup', 'count sub-codes for their parent codes too')
    .option('--lang <lang>', 'language of the report (nl, en)', 'nl')
    .action((path: string, options: Options) =>
      runCli(async () => {
        if (!FORMATS.includes(options.format as Format)) {
          process.stderr.write(
            `koor report: unknown format "${options.format}"; use one of ${FORMATS.join(', ')}\n`,
          );
          process.exitCode = 2;
          return;
        }
        const format = options.format as Format;
        if (options.out === '-' && (format === 'docx' || format === 'xlsx')) {
          process.stderr.write(`koor report: --out - is for json and md; give a file for ${format}\n`);
          process.exitCode = 2;
          return;
        }
        const project = await loadReportProject(path);
        const index = buildAnalysisIndex(project);
        const codeIds = rowCodes(project, options.codes);
        const report = synthesisReport(index, {
          by: parseColumnBy(options.by, index),
          ...(codeIds ? { codeIds } : {}),
          includeModerator: options.includeModerator ?? false,
          rollup: options.rollup ?? false,
          lang: options.lang === 'en' ? 'en' : 'nl',
        });
        if (report.grid.fellBack)
          process.stderr.write('note: the project has no perspectives; columns are documents\n');
        const output: string | Uint8Array =
          format === 'json'
            ? `${JSON.stringify(synthesisJson(index, report), null, 2)}\n`
            : format === 'md'
              ? synthesisMarkdown(report)
              : format === 'xlsx'
                ? await synthesisXlsx(report)
                : await synthesisDocx(report);
        if (options.out === '-') process.stdout.write(output);
        else await writeFile(options.out, output);
      }),
    );
}
