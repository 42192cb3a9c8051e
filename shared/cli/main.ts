import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerInspect } from './commands/inspect.ts';
import { registerBuild } from './commands/build.ts';
import { registerCodebook } from './commands/codebook.ts';
import { registerSegments } from './commands/segments.ts';
import { registerCrosstab } from './commands/crosstab.ts';
import { registerAgreement } from './commands/agreement.ts';
import { registerDynamics } from './commands/dynamics.ts';
import { registerReport } from './commands/report.ts';
import { registerServer } from './commands/server.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Builds the `koor` program; each subcommand lives in commands/<name>.ts. */
export function buildProgram(): Command {
  const program = new Command('koor')
    .description('Koor: qualitative analysis of focus-group transcripts, on the command line')
    .version(pkg.version, '-v, --version')
    .showHelpAfterError()
    .exitOverride();
  // Subcommands register here, one line each.
  registerInspect(program);
  registerBuild(program);
  registerCodebook(program);
  registerSegments(program);
  registerCrosstab(program);
  registerAgreement(program);
  registerDynamics(program);
  registerReport(program);
  registerServer(program);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode;
    }
    process.stderr.write(`koor: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
