import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMessage } from '../../messages.ts';
import { parseTranscript } from '../../import/parse.ts';
import { spokenWords, summariseSpeakers } from '../../import/summary.ts';
import type { ParsedTranscript } from '../../import/types.ts';
import type { Warning } from '../../model.ts';

/** The JSON shape of `koor inspect --json` for one file. */
export type InspectReport = {
  file: string;
  format: string;
  encoding: string | null;
  speakers: { label: string; turns: number; words: number; role: string }[];
  turns: number;
  words: number;
  /** What import warned about, in English; `line` and `unit` where a warning points at a line. */
  warnings: { key: string; message: string; line?: number; unit?: string }[];
};

type InspectFailure = { file: string; error: string; reason: string };

function warningsOf(warnings: Warning[]): InspectReport['warnings'] {
  return warnings.map((w) => {
    const out: InspectReport['warnings'][number] = {
      key: w.key,
      message: formatMessage('en', w.key, w.params),
    };
    const line = w.params?.['line'];
    const unit = w.params?.['unit'];
    if (typeof line === 'number') out.line = line;
    if (typeof unit === 'string') out.unit = unit;
    return out;
  });
}

function report(file: string, parsed: ParsedTranscript, warnings: Warning[]): InspectReport {
  return {
    file,
    format: parsed.format,
    encoding: parsed.encoding ?? null,
    speakers: summariseSpeakers(parsed).map(({ label, turns, words, role }) => ({
      label,
      turns,
      words,
      role,
    })),
    turns: parsed.turns.length,
    words: spokenWords(parsed),
    warnings: warningsOf(warnings),
  };
}

function human(r: InspectReport, parsed: ParsedTranscript, warnings: string[]): string {
  const lines = [
    `${r.file}`,
    `  format ${r.format}${r.encoding ? `, encoding ${r.encoding}` : ''}; ${r.turns} turns, ${r.words} spoken words` +
      (parsed.preambleEnd > 0 ? `, preamble of ${parsed.preambleEnd} characters` : ''),
  ];
  if (r.speakers.length === 0) lines.push('  no speakers detected');
  const summaries = summariseSpeakers(parsed);
  const width = Math.max(0, ...r.speakers.map((s) => s.label.length));
  summaries.forEach((s) => {
    const note = s.roleNote ? ` (${s.roleNote})` : '';
    lines.push(
      `  ${s.label.padEnd(width)}  ${s.role === 'moderator' ? 'moderator  ' : 'participant'}  ${String(s.turns).padStart(4)} turns  ${String(s.words).padStart(6)} words${note}  “${s.sample}”`,
    );
  });
  if (parsed.needsColumnMapping) lines.push(`  columns guessed: ${parsed.columns?.join(' | ') ?? ''}`);
  for (const w of warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

/** Registers `koor inspect FILE… [--json]`: the detected structure of each transcript. */
export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('show the detected format, speakers, turns and words of transcript files')
    .argument('<files...>', 'transcript files (docx, odt, txt, vtt, srt, csv, tsv, pdf, Whisper json)')
    .option('--json', 'print JSON: one object per file, an array when several')
    .action(async (files: string[], options: { json?: boolean }) => {
      const results: (InspectReport | InspectFailure)[] = [];
      let failed = false;
      for (const path of files) {
        const file = basename(path);
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(path));
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          failed = true;
          const error_ = formatMessage('en', 'error.unknown', { detail });
          results.push({ file, error: error_, reason: 'error.unknown' });
          if (!options.json) process.stderr.write(`${file}: ${error_}\n`);
          continue;
        }
        const parsed = await parseTranscript(file, bytes);
        if (!parsed.ok) {
          failed = true;
          const message = formatMessage('en', parsed.reason, parsed.params);
          results.push({ file, error: message, reason: parsed.reason });
          if (!options.json) process.stderr.write(`${message}\n`);
          continue;
        }
        const r = report(file, parsed.data, parsed.warnings ?? []);
        results.push(r);
        if (!options.json) {
          const warnings = r.warnings.map((w) =>
            w.unit
              ? `${formatMessage('en', `import.at.${w.unit}`, { line: w.line ?? 0 })}: ${w.message}`
              : w.message,
          );
          process.stdout.write(`${human(r, parsed.data, warnings)}\n\n`);
        }
      }
      if (options.json) {
        const out = results.length === 1 ? results[0] : results;
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
