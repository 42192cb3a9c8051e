import type { Result, SourceFormat, Warning } from '../model.ts';
import { buildTranscript } from './build.ts';
import { segmentCues } from './cues.ts';
import { parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { parseDocx } from './docx.ts';
import { parseWhisperJson } from './json.ts';
import { parseOdt } from './odt.ts';
import { parsePdf } from './pdf.ts';
import { parseTimestamp } from './labels.ts';
import { compileLabelPattern } from './pattern.ts';
import { detectSpeakers } from './speakers.ts';
import type { ParseOptions, ParsedTranscript, Segmented } from './types.ts';

/** Files larger than this are refused before anything is read (100 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  vtt: 'vtt',
  srt: 'srt',
  csv: 'csv',
  tsv: 'tsv',
  docx: 'docx',
  odt: 'odt',
  pdf: 'pdf',
  json: 'json',
};

/** Word-processor files Koor does not read but Word or LibreOffice saves as .docx. */
const TO_CONVERT = new Set(['doc', 'rtf', 'wpd', 'wps', 'pages']);

/** The transcript format of a file name by its extension, or null when Koor cannot read it. */
export function formatOfFile(fileName: string): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || null;
}

type Parsed = {
  segments: Segmented;
  encoding?: string;
  extra?: Partial<ParsedTranscript>;
  warnings?: Warning[];
};

async function segment(
  format: SourceFormat,
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<Result<Parsed>> {
  const withoutSpeakers = options.withoutSpeakers === true;
  let labelPattern: RegExp | undefined;
  if (options.labelPattern !== undefined && !withoutSpeakers) {
    const compiled = compileLabelPattern(options.labelPattern);
    if (!compiled.ok) return compiled;
    labelPattern = compiled.data;
  }
  const detect = labelPattern ? { withoutSpeakers, labelPattern } : { withoutSpeakers };
  if (format === 'docx' || format === 'odt' || format === 'pdf') {
    const r =
      format === 'docx'
        ? await parseDocx(bytes, detect)
        : format === 'odt'
          ? parseOdt(bytes, detect)
          : await parsePdf(bytes, detect);
    return r.ok ? { ok: true, data: { segments: r.data } } : r;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.data;
  if (format === 'json') {
    const r = parseWhisperJson(text, withoutSpeakers);
    return r.ok ? { ok: true, data: { segments: r.data, encoding } } : r;
  }
  if (format === 'vtt' || format === 'srt')
    return { ok: true, data: { segments: segmentCues(text, detect), encoding } };
  if (format === 'csv' || format === 'tsv' || (format === 'txt' && timedTabTable(text))) {
    const r = parseCsv(text, format !== 'csv', options.columnMapping);
    if (!r.ok) return r;
    const { segments, columns, mapping, guessed, warnings } = r.data;
    const extra: Partial<ParsedTranscript> = { columns, columnMapping: mapping, needsColumnMapping: guessed };
    if (guessed)
      warnings.push({ key: 'import.warning.columnsGuessed', params: { text: columns[mapping.text] ?? '' } });
    if (withoutSpeakers) {
      segments.utterances = segments.utterances.map((u) => ({ ...u, speaker: null }));
      segments.plain = true;
    }
    return { ok: true, data: { segments, encoding, extra, warnings } };
  }
  return { ok: true, data: { segments: detectSpeakers(text, detect), encoding } };
}

/**
 * True for text laid out as a table with a tab between its cells and a time in the first cell of every
 * row (a header row aside), as NVivo's import of tab-delimited text asks for and InqScribe writes:
 * "00:00:02<TAB>Ilse<TAB>Welkom allemaal." Every non-empty line has the same number of tabs.
 */
function timedTabTable(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  const tabs = (line: string): number => line.split('\t').length - 1;
  const width = tabs(lines[0]!);
  if (width === 0) return false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (tabs(line) !== width) return false;
    const first = line.slice(0, line.indexOf('\t')).trim();
    if (i > 0 && !(first.includes(':') && parseTimestamp(first) !== undefined)) return false;
  }
  return true;
}

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Reads one transcript file (txt, vtt, srt, csv, tsv, docx, odt, pdf, Whisper's json) into text, speakers and turns.
 * Never throws: failures come back as a message key with `file` (and other) parameters.
 */
export async function parseTranscript(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<Result<ParsedTranscript>> {
  const file = fileName.split(/[\\/]/).pop() ?? fileName;
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > limit)
    return {
      ok: false,
      reason: 'import.tooLarge',
      params: { file, size: mb(bytes.length), limit: mb(limit) },
    };
  const format = formatOfFile(file);
  if (!format || format === 'qdpx') {
    const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
    return TO_CONVERT.has(ext)
      ? { ok: false, reason: 'import.convertToDocx', params: { file, ext } }
      : { ok: false, reason: 'import.unsupported', params: { file } };
  }
  if (bytes.length === 0) return { ok: false, reason: 'import.empty', params: { file } };
  let parsed: Result<Parsed>;
  try {
    parsed = await segment(format, bytes, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'error.unknown', params: { file, detail } };
  }
  if (!parsed.ok) return { ok: false, reason: parsed.reason, params: { ...parsed.params, file } };
  const { segments, encoding, extra, warnings = [] } = parsed.data;
  if (segments.warnings) warnings.push(...segments.warnings);
  const transcript = { ...buildTranscript(segments, format, encoding), ...extra };
  if (transcript.text.trim() === '') return { ok: false, reason: 'import.noText', params: { file } };
  if (transcript.speakers.length === 0 && !options.withoutSpeakers)
    warnings.push({ key: 'import.warning.noSpeakers' });
  const withFile = warnings.map((w) => ({ key: w.key, params: { ...w.params, file } }));
  return withFile.length
    ? { ok: true, data: transcript, warnings: withFile }
    : { ok: true, data: transcript };
}
