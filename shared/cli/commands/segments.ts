import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { segmentsToCsv, segmentsToXlsx } from '../../exchange/segments.ts';
import { CliFailure, loadProjectOrCodebook, runCli } from './codebook.ts';

/** Registers `koor segments PROJECT.qdpx --out FILE.csv|FILE.xlsx`. */
export function registerSegments(program: Command): void {
  program
    .command('segments')
    .description('export the coded segments of a project as CSV or Excel')
    .argument('<project>', 'PROJECT.qdpx or PROJECT.qde')
    .requiredOption('--out <file>', 'FILE.csv or FILE.xlsx')
    .option('--lang <lang>', 'language of column names: nl or en', 'nl')
    .action(async (source: string, options: { out: string; lang: string }) =>
      runCli(async () => {
        const ext = extname(options.out).toLowerCase();
        if (ext !== '.csv' && ext !== '.xlsx') throw new CliFailure(`--out must end in .csv or .xlsx`);
        if (options.lang !== 'nl' && options.lang !== 'en')
          throw new CliFailure(`unknown language "${options.lang}"; use nl or en`);
        const project = await loadProjectOrCodebook(source);
        await writeFile(
          options.out,
          ext === '.csv' ? segmentsToCsv(project, options.lang) : await segmentsToXlsx(project, options.lang),
        );
        process.stdout.write(`${options.out}: ${project.codings.length} coded segments\n`);
      }),
    );
}
