import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readCodebook, writeCodebook } from '../../exchange/codebook.ts';
import { readCodebookCsv } from '../../exchange/codebookCsv.ts';
import { codebookToDocx } from '../../exchange/codebookDocx.ts';
import { codebookToCsv, codebookToMarkdown, codebookToXlsx } from '../../exchange/codebookExport.ts';
import { readProject, readProjectXml } from '../../exchange/projectRead.ts';
import { formatMessage } from '../../messages.ts';
import { emptyProject, type ProjectData, type Result } from '../../model.ts';

type Lang = 'nl' | 'en';

/** An error the CLI prints as one line and exits 1 on. */
export class CliFailure extends Error {}

/** The message of a failed result, in English. */
export function failure(
  result: { reason: string; params?: Record<string, string | number> },
  file: string,
): CliFailure {
  return new CliFailure(`${file}: ${formatMessage('en', result.reason, result.params)}`);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new CliFailure(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Loads a project or a codebook from .qdpx, .qde, .qdc or .csv (a codebook becomes a project without texts). */
export async function loadProjectOrCodebook(path: string): Promise<ProjectData> {
  const bytes = await readBytes(path);
  const ext = extname(path).toLowerCase();
  const text = (): string => new TextDecoder().decode(bytes);
  let result: Result<ProjectData>;
  if (ext === '.qdpx' || ext === '.zip') {
    const read = readProject(bytes);
    result = read.ok ? { ok: true, data: read.data.project, warnings: read.data.report } : read;
  } else if (ext === '.qde' || ext === '.xml') {
    const read = readProjectXml(text());
    result = read.ok ? { ok: true, data: read.data.project, warnings: read.data.report } : read;
  } else if (ext === '.qdc' || ext === '.csv') {
    const read = ext === '.qdc' ? readCodebook(text()) : readCodebookCsv(text());
    result = read.ok ? { ok: true, data: { ...emptyProject(''), codes: read.data } } : read;
  } else {
    throw new CliFailure(`${path}: expected a .qdpx, .qde, .qdc or .csv file`);
  }
  if (!result.ok) throw failure(result, path);
  for (const warning of result.warnings ?? [])
    process.stderr.write(`warning: ${formatMessage('en', warning.key, warning.params)}\n`);
  return result.data;
}

/** Reports a failure on stderr and sets exit code 1; other errors are rethrown. */
export async function runCli(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    process.stderr.write(`koor: ${error.message}\n`);
    process.exitCode = 1;
  }
}

const FORMATS = ['qdc', 'csv', 'xlsx', 'docx', 'md'] as const;
type Format = (typeof FORMATS)[number];

async function render(project: ProjectData, format: Format, lang: Lang): Promise<Uint8Array | string> {
  switch (format) {
    case 'qdc':
      return writeCodebook(project.codes, { lang });
    case 'csv':
      return codebookToCsv(project, lang);
    case 'xlsx':
      return codebookToXlsx(project, lang);
    case 'docx':
      return codebookToDocx(project, lang);
    case 'md':
      return codebookToMarkdown(project, lang);
  }
}

/** Registers `koor codebook SOURCE --format … --out FILE`. */
export function registerCodebook(program: Command): void {
  program
    .command('codebook')
    .description(
      'export the codebook of a project (.qdpx/.qde) or codebook (.qdc/.csv) as qdc, csv, xlsx, docx or md',
    )
    .argument('<source>', 'PROJECT.qdpx, PROJECT.qde, CODEBOOK.qdc or CODEBOOK.csv')
    .requiredOption('--out <file>', 'file to write')
    .option('--format <format>', `one of ${FORMATS.join(', ')} (default: from the --out extension)`)
    .option('--lang <lang>', 'language of labels: nl or en', 'nl')
    .action(async (source: string, options: { out: string; format?: string; lang: string }) =>
      runCli(async () => {
        const format = (options.format ?? extname(options.out).slice(1)).toLowerCase();
        if (!FORMATS.includes(format as Format))
          throw new CliFailure(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
        if (options.lang !== 'nl' && options.lang !== 'en')
          throw new CliFailure(`unknown language "${options.lang}"; use nl or en`);
        const project = await loadProjectOrCodebook(source);
        const output = await render(project, format as Format, options.lang);
        await writeFile(options.out, output);
        process.stdout.write(`${options.out}: ${project.codes.length} codes\n`);
      }),
    );
}
