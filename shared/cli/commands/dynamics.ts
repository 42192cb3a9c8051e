import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { documentDynamics, type DocumentDynamics } from '../../dynamics/summary.ts';
import { readProject } from '../../exchange/projectRead.ts';
import { parseTranscript } from '../../import/parse.ts';
import { toProjectRecords } from '../../import/records.ts';
import { formatMessage } from '../../messages.ts';
import { emptyProject, type ProjectData } from '../../model.ts';

class DynamicsFailure extends Error {}

/** Loads a .qdpx project, or parses one transcript into a one-document project. */
export async function loadForDynamics(path: string): Promise<ProjectData> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new DynamicsFailure(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (extname(path).toLowerCase() === '.qdpx') {
    const read = readProject(bytes);
    if (!read.ok) throw new DynamicsFailure(`${path}: ${formatMessage('en', read.reason, read.params)}`);
    return read.data.project;
  }
  const parsed = await parseTranscript(basename(path), bytes);
  if (!parsed.ok) throw new DynamicsFailure(`${path}: ${formatMessage('en', parsed.reason, parsed.params)}`);
  const name = basename(path).replace(/\.[^.]+$/, '');
  const records = toProjectRecords(parsed.data, { name, sourceHash: '' });
  return {
    ...emptyProject(name),
    documents: [records.document],
    speakers: records.speakers,
    turns: records.turns,
  };
}

function summary(d: DocumentDynamics): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const fixed = (x: number | null) => (x === null ? 'undefined' : x.toFixed(3));
  const width = Math.max(8, ...d.speakers.map((s) => s.label.length));
  const rows = d.speakers.map(
    (s) =>
      `  ${s.label.padEnd(width)}  ${s.role.padEnd(11)}  ${String(s.turns).padStart(4)} turns  ${String(s.words).padStart(6)} words  ${percent(s.share).padStart(6)}`,
  );
  return [
    d.document,
    ...rows,
    `  moderator share ${percent(d.moderatorShare)} · Gini ${fixed(d.gini)} · entropy ${fixed(d.entropy)} (participants only)`,
  ].join('\n');
}

/** Registers `koor dynamics`. */
export function registerDynamics(program: Command): void {
  program
    .command('dynamics')
    .description(
      'group dynamics per document: turns, words and share per speaker, Gini, entropy, who follows whom',
    )
    .argument('<files...>', 'a project (.qdpx) or transcripts')
    .option('--json', 'print JSON (an array of documents)')
    .action(async (files: string[], options: { json?: boolean }) => {
      const documents: DocumentDynamics[] = [];
      for (const file of files) {
        try {
          const project = await loadForDynamics(file);
          for (const document of project.documents) documents.push(documentDynamics(project, document.id));
        } catch (error) {
          if (!(error instanceof DynamicsFailure)) throw error;
          process.stderr.write(`koor: ${error.message}\n`);
          process.exitCode = 1;
        }
      }
      const text = options.json ? JSON.stringify(documents, null, 2) : documents.map(summary).join('\n\n');
      if (documents.length > 0 || options.json) process.stdout.write(`${text}\n`);
    });
}
