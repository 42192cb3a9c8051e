import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { readProject } from '../../exchange/projectRead.ts';
import { formatMessage } from '../../messages.ts';
import type { ProjectData } from '../../model.ts';
import { agreementStatistics, toUnits, type AgreementStatistics } from '../../rigour/agreement.ts';
import { parseRatingsCsv } from '../../rigour/ratings.ts';
import { agreementReport } from '../../rigour/report.ts';
import type { AgreementUnitKind } from '../../rigour/units.ts';

type Options = { coders?: string; unit: string; table?: string; json?: boolean; skipUncoded?: boolean };

/** The JSON of `koor agreement --json`: NaN (undefined measures) becomes null. */
export type AgreementJson = {
  n: number;
  percentAgreement: number | null;
  cohenKappa?: number | null;
  krippendorffAlpha: number | null;
  brennanPrediger: number | null;
};

class AgreementFailure extends Error {}

/** The statistics as JSON, rounded to four decimals, undefined values as null; κ only for two coders. */
export function agreementJson(stats: AgreementStatistics): AgreementJson {
  const value = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);
  return {
    n: stats.n,
    percentAgreement: value(stats.percentAgreement),
    ...(stats.cohenKappa !== undefined ? { cohenKappa: value(stats.cohenKappa) } : {}),
    krippendorffAlpha: value(stats.krippendorffAlpha),
    brennanPrediger: value(stats.brennanPrediger),
  };
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new AgreementFailure(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(reason: string, params: Record<string, string | number> | undefined, file: string): never {
  throw new AgreementFailure(`${file}: ${formatMessage('en', reason, params)}`);
}

/** Resolves coder names or ids ("Anna,Bram") to the project's coder ids. */
export function resolveCoders(project: ProjectData, list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((wanted) => {
      const coder =
        project.coders.find((c) => c.id === wanted) ??
        project.coders.find((c) => c.name.trim().toLowerCase() === wanted.toLowerCase());
      if (!coder) {
        const known = project.coders.map((c) => c.name).join(', ') || '-';
        throw new AgreementFailure(`unknown coder "${wanted}" (coders in the project: ${known})`);
      }
      return coder.id;
    });
}

function print(stats: AgreementStatistics, title: string, json: boolean): void {
  const out = agreementJson(stats);
  if (json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const show = (x: number | null | undefined) => (x === null || x === undefined ? 'undefined' : x.toFixed(3));
  const lines = [
    title,
    `  units (n)                 ${out.n}`,
    `  percentage agreement      ${show(out.percentAgreement)}`,
    ...(out.cohenKappa !== undefined ? [`  Cohen's kappa             ${show(out.cohenKappa)}`] : []),
    `  Krippendorff's alpha      ${show(out.krippendorffAlpha)}`,
    `  Brennan-Prediger kappa    ${show(out.brennanPrediger)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function run(project: string | undefined, options: Options): Promise<void> {
  if (options.table) {
    const text = new TextDecoder().decode(await readInput(options.table));
    const parsed = parseRatingsCsv(text);
    if (!parsed.ok) fail(parsed.reason, parsed.params, options.table);
    for (const w of parsed.warnings ?? [])
      process.stderr.write(`warning: ${formatMessage('en', w.key, w.params)}\n`);
    const stats = agreementStatistics(toUnits(parsed.data.values), { coders: parsed.data.coders.length });
    print(
      stats,
      `${options.table}: ${parsed.data.units.length} units, coders ${parsed.data.coders.join(', ')}`,
      !!options.json,
    );
    return;
  }
  if (!project) throw new AgreementFailure('give a project (.qdpx) or --table RATINGS.csv');
  if (!options.coders) throw new AgreementFailure('give the coders to compare with --coders "A,B"');
  if (options.unit !== 'turn' && options.unit !== 'char')
    throw new AgreementFailure('--unit is turn or char');
  const read = readProject(await readInput(project));
  if (!read.ok) fail(read.reason, read.params, project);
  const data = read.data.project;
  const coderIds = resolveCoders(data, options.coders);
  if (coderIds.length < 2) throw new AgreementFailure('--coders needs at least two coders');
  const unit: AgreementUnitKind = options.unit;
  const report = agreementReport(data, coderIds, { unit, skipUncoded: !!options.skipUncoded });
  print(report.overall, `${project}: ${options.coders} (unit: ${unit})`, !!options.json);
}

/** Registers `koor agreement`. */
export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description(
      "agreement between coders: percentage, Cohen's kappa (two coders), Krippendorff's alpha, Brennan-Prediger",
    )
    .argument('[project]', 'a REFI-QDA project (.qdpx)')
    .option('--coders <list>', 'coders to compare, by name or id, comma-separated ("A,B")')
    .option('--unit <unit>', 'unit of comparison: turn or char', 'turn')
    .option('--skip-uncoded', 'leave out units that no coder coded')
    .option('--table <file>', 'a ratings table (unit;coder;value) instead of a project')
    .option('--json', 'print JSON')
    .action(async (project: string | undefined, options: Options) => {
      try {
        await run(project, options);
      } catch (error) {
        if (!(error instanceof AgreementFailure)) throw error;
        process.stderr.write(`koor: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
