import type { Command } from 'commander';
import Papa from 'papaparse';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { normaliserenTemplate } from '../../codebook/template.ts';
import { readCodebook } from '../../exchange/codebook.ts';
import { readCodebookCsv } from '../../exchange/codebookCsv.ts';
import { writeProject } from '../../exchange/projectWrite.ts';
import { parseTranscript } from '../../import/parse.ts';
import { sha256Hex, toProjectRecords } from '../../import/records.ts';
import { formatMessage } from '../../messages.ts';
import { emptyProject, type Attributes, type Code, type ProjectData } from '../../model.ts';
import { CliFailure, failure, runCli } from './codebook.ts';
import { inferAttributeDefinitions } from '../../exchange/attributes.ts';
import { isMediaFile, mediaFormatOf } from '../../recordings/media.ts';
import { matchByBaseName } from '../../recordings/match.ts';
import { randomUUID } from 'node:crypto';

type Lang = 'nl' | 'en';

const FILE_COLUMN = /^(bestand|bestandsnaam|file|file ?name|document|transcript)$/i;
const PERSPECTIVE_COLUMN = /^(perspectief|perspective)$/i;

/** Reads the attributes CSV: a file-name column, a perspective column, other columns as attributes. */
function readAttributes(csv: string, path: string): Map<string, Attributes> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const fields = parsed.meta.fields ?? [];
  const fileColumn = fields.find((f) => FILE_COLUMN.test(f.trim()));
  if (!fileColumn) throw new CliFailure(`${path}: no file-name column (bestand/file)`);
  const byFile = new Map<string, Attributes>();
  for (const row of parsed.data) {
    const file = (row[fileColumn] ?? '').trim();
    if (!file) continue;
    const attributes: Attributes = {};
    for (const field of fields) {
      if (field === fileColumn) continue;
      const value = (row[field] ?? '').trim();
      if (value) attributes[PERSPECTIVE_COLUMN.test(field.trim()) ? 'perspective' : field.trim()] = value;
    }
    byFile.set(file.toLowerCase(), attributes);
    byFile.set(file.toLowerCase().replace(/\.[^.]+$/, ''), attributes);
  }
  return byFile;
}

async function loadCodebook(option: string, lang: Lang): Promise<Code[]> {
  if (option === 'normaliseren') return normaliserenTemplate(lang);
  const text = await readFile(option, 'utf8').catch((error: unknown) => {
    throw new CliFailure(`${option}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const result = option.toLowerCase().endsWith('.csv') ? readCodebookCsv(text) : readCodebook(text);
  if (!result.ok) throw failure(result, option);
  return result.data;
}

/**
 * Recordings given beside the transcripts: each goes with the transcript of the same base name ("groep 1.mp3"
 * with "groep 1.docx") into the .qdpx as an AudioSource/VideoSource. A recording without its transcript, or in
 * a format Koor cannot play, stops the build.
 */
async function addRecordings(project: ProjectData, paths: string[]): Promise<Map<string, Uint8Array>> {
  const media = new Map<string, Uint8Array>();
  const { pairs, unmatched } = matchByBaseName(
    paths.map((path) => ({ name: basename(path), path })),
    project.documents.map((d) => ({ documentId: d.id, names: [d.name] })),
  );
  if (unmatched.length)
    throw new CliFailure(`${unmatched[0]!.path}: no transcript with the same name among the files given`);
  for (const { recording, documentId } of pairs) {
    const format = mediaFormatOf(recording.name);
    if (!format.ok) throw failure(format, recording.path);
    const bytes = new Uint8Array(
      await readFile(recording.path).catch((error: unknown) => {
        throw new CliFailure(`${recording.path}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    const id = randomUUID();
    (project.recordings ??= []).push({
      id,
      documentId,
      kind: format.data.kind,
      fileName: recording.name,
      mime: format.data.mime,
      size: bytes.length,
      // Koor reads the duration from the recording when the project is opened.
      duration: 0,
    });
    media.set(id, bytes);
  }
  return media;
}

/** Builds the project: one document per transcript, detected speakers and turns, the chosen codebook. */
async function build(
  files: string[],
  options: { out: string; codebook?: string; attributes?: string; lang: Lang },
): Promise<ProjectData> {
  const attributes = options.attributes
    ? readAttributes(await readFile(options.attributes, 'utf8'), options.attributes)
    : new Map<string, Attributes>();
  const project = emptyProject(basename(options.out).replace(/\.qdpx$/i, ''));
  if (options.codebook) project.codes = await loadCodebook(options.codebook, options.lang);
  for (const [order, path] of files.entries()) {
    const name = basename(path);
    const bytes = new Uint8Array(
      await readFile(path).catch((error: unknown) => {
        throw new CliFailure(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    const parsed = await parseTranscript(name, bytes);
    if (!parsed.ok) throw failure(parsed, path);
    for (const warning of parsed.warnings ?? [])
      process.stderr.write(`${name}: warning: ${formatMessage('en', warning.key, warning.params)}\n`);
    const own =
      attributes.get(name.toLowerCase()) ?? attributes.get(name.toLowerCase().replace(/\.[^.]+$/, '')) ?? {};
    const { perspective, ...rest } = own;
    const records = toProjectRecords(parsed.data, {
      name,
      sourceHash: await sha256Hex(bytes),
      ...(perspective ? { perspective } : {}),
      attributes: rest,
      order,
    });
    project.documents.push(records.document);
    project.speakers.push(...records.speakers);
    project.turns.push(...records.turns);
  }
  project.attributes = inferAttributeDefinitions(project, { type: 'choice', scopes: ['document'] });
  return project;
}

/** Registers `koor build --out PROJECT.qdpx [--codebook …] [--attributes FILE.csv] TRANSCRIPT…`. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a REFI-QDA project (.qdpx) from transcripts, with a codebook and document attributes')
    .argument(
      '<transcripts...>',
      'transcript files (docx, odt, txt, vtt, srt, csv, tsv, pdf, Whisper json), and recordings (mp3, m4a, wav, ogg, flac, mp4, webm) to go with the transcript of the same name',
    )
    .requiredOption('--out <file>', 'PROJECT.qdpx to write')
    .option('--codebook <codebook>', '"normaliseren" (the template) or a .qdc / .csv codebook')
    .option('--attributes <file>', 'CSV: file name; perspective; other columns become document attributes')
    .option('--lang <lang>', 'language of the template: nl or en', 'nl')
    .action(
      async (
        files: string[],
        options: { out: string; codebook?: string; attributes?: string; lang: string },
      ) =>
        runCli(async () => {
          if (options.lang !== 'nl' && options.lang !== 'en')
            throw new CliFailure(`unknown language "${options.lang}"; use nl or en`);
          const recordings = files.filter((f) => isMediaFile(f));
          const project = await build(
            files.filter((f) => !isMediaFile(f)),
            { ...options, lang: options.lang },
          );
          const media = await addRecordings(project, recordings);
          // Nothing is written unless every transcript and recording was read.
          await writeFile(options.out, writeProject(project, { lang: options.lang, media }));
          process.stdout.write(
            `${options.out}: ${project.documents.length} documents, ${project.speakers.length} speakers, ${project.turns.length} turns, ${project.codes.length} codes, ${media.size} recordings\n`,
          );
        }),
    );
}
