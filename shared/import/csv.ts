import Papa from 'papaparse';
import type { Result, Warning } from '../model.ts';
import { parseTimestamp } from './labels.ts';
import type { ColumnMapping, Segmented, Utterance } from './types.ts';

const HEADERS: Record<'time' | 'endTime' | 'speaker' | 'text', string[]> = {
  time: ['tijd', 'time', 'tijdspanne', 'timespan', 'tijdsspanne', 'timestamp', 'tijdstip', 'tijdcode', 'timecode', 'start', 'starttijd', 'starttime', 'begin', 'begintijd', 'van', 'from'],
  endTime: ['eind', 'einde', 'eindtijd', 'end', 'endtime', 'stop', 'tot', 'to'],
  speaker: ['spreker', 'speaker', 'naam', 'name', 'deelnemer', 'participant', 'persoon', 'person', 'wie', 'respondent', 'sprekernaam', 'speakername', 'auteur', 'author'],
  text: ['tekst', 'text', 'transcript', 'transcriptie', 'transcription', 'uitspraak', 'inhoud', 'content', 'utterance', 'zin', 'sentence', 'bericht', 'message', 'fragment', 'citaat', 'quote', 'gesproken tekst', 'spoken text'],
}; // prettier-ignore

const TIME_LIKE = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*$|^\s*\d+(?:[.,]\d+)?\s*$/;

/** The result of reading a CSV/TSV table: utterances, the column names and the mapping used. */
export type CsvTable = {
  segments: Segmented;
  columns: string[];
  mapping: ColumnMapping;
  guessed: boolean;
  warnings: Warning[];
};

/** A header cell as the header lists write it: lower case, letters only, no spaces ("Start Time" → "starttime"). */
const headerKey = (cell: string): string => cell.toLowerCase().replace(/[^\p{L}]/gu, '');
const HEADER_KEYS = Object.fromEntries(
  Object.entries(HEADERS).map(([field, names]) => [field, new Set(names.map(headerKey))]),
) as Record<keyof typeof HEADERS, Set<string>>;

/** The columns whose header cell names a field, each field at its first such column. */
function headerFields(header: string[]): Partial<Record<keyof typeof HEADERS, number>> {
  const found: Partial<Record<keyof typeof HEADERS, number>> = {};
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    for (const field of Object.keys(HEADERS) as (keyof typeof HEADERS)[]) {
      if (found[field] === undefined && HEADER_KEYS[field].has(key)) found[field] = index;
    }
  });
  return found;
}

function headerMapping(found: Partial<Record<keyof typeof HEADERS, number>>): ColumnMapping | null {
  if (found.text === undefined) return null;
  const mapping: ColumnMapping = { text: found.text, header: true };
  if (found.speaker !== undefined) mapping.speaker = found.speaker;
  if (found.time !== undefined) mapping.time = found.time;
  if (found.endTime !== undefined) mapping.endTime = found.endTime;
  return mapping;
}

/**
 * Guesses the columns from the data: the longest is the text, a short repeating one the speaker, times
 * written as times (00:01:23) before bare numbers (a row number). Columns the header did name are kept.
 */
function guessMapping(
  rows: string[][],
  named: Partial<Record<keyof typeof HEADERS, number>>,
): ColumnMapping | null {
  const width = widest(rows);
  const sample = rows.slice(1, 201);
  if (sample.length === 0) return width >= 1 ? { text: 0, header: false } : null;
  const stats = Array.from({ length: width }, (_, col) => {
    const cells = sample.map((r) => (r[col] ?? '').trim()).filter((c) => c !== '');
    const total = cells.reduce((n, c) => n + c.length, 0);
    return {
      col,
      avg: cells.length ? total / cells.length : 0,
      distinct: new Set(cells).size,
      timeLike: cells.length > 0 && cells.filter((c) => TIME_LIKE.test(c)).length / cells.length >= 0.8,
      clock: cells.length > 0 && cells.every((c) => c.includes(':')),
      filled: cells.length,
    };
  });
  const text = [...stats].filter((s) => !s.timeLike).sort((a, b) => b.avg - a.avg)[0];
  if (!text || text.avg === 0) return null;
  const mapping: ColumnMapping = { text: text.col, header: false };
  const timeLike = stats.filter((s) => s.timeLike && s.col !== text.col);
  const time = named.time ?? (timeLike.find((s) => s.clock) ?? timeLike[0])?.col;
  if (time !== undefined && time !== text.col) mapping.time = time;
  if (named.endTime !== undefined && named.endTime !== text.col) mapping.endTime = named.endTime;
  const speaker = stats
    .filter((s) => s.col !== text.col && !s.timeLike && s.avg > 0 && s.avg <= 40)
    .sort((a, b) => a.distinct - b.distinct)[0];
  if (named.speaker !== undefined && named.speaker !== text.col) mapping.speaker = named.speaker;
  else if (speaker && speaker.distinct <= Math.max(12, speaker.filled / 2)) mapping.speaker = speaker.col;
  if (Object.keys(named).length > 0) return { ...mapping, header: true };
  const first = rows[0] ?? [];
  const firstTime = mapping.time !== undefined ? (first[mapping.time] ?? '') : '';
  mapping.header =
    mapping.time !== undefined ? !TIME_LIKE.test(firstTime) : (first[text.col] ?? '').length < text.avg / 4;
  return mapping;
}

function seconds(cell: string | undefined): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  const t = parseTimestamp(cell);
  if (t !== undefined) return t;
  const n = Number(cell.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const SPAN = /^\s*(\S+)\s+[-–]\s+(\S+)\s*$/;

function timeSpan(cell: string | undefined): [number | undefined, number | undefined] {
  const m = cell !== undefined && cell.includes('-') ? SPAN.exec(cell) : null;
  return m ? [seconds(m[1]), seconds(m[2])] : [seconds(cell), undefined];
}

/** Finds the text, speaker and time columns of a table: from its header row, else guessed from the data. */
export function mapColumns(rows: string[][]): { mapping: ColumnMapping; guessed: boolean } | null {
  const named = rows[0] ? headerFields(rows[0]) : {};
  const fromHeader = headerMapping(named);
  if (fromHeader) return { mapping: fromHeader, guessed: false };
  const guessed = guessMapping(rows, named);
  return guessed ? { mapping: guessed, guessed: true } : null;
}

/** Utterances from table rows under a column mapping; an empty speaker cell continues the previous speaker. */
export function rowsToSegments(rows: string[][], mapping: ColumnMapping): Segmented {
  const utterances: Utterance[] = [];
  let speaker: string | null = null;
  for (let i = mapping.header !== false ? 1 : 0; i < rows.length; i++) {
    const row = rows[i]!;
    const label = mapping.speaker !== undefined ? (row[mapping.speaker] ?? '').trim() : '';
    if (label) speaker = label;
    // NVivo writes one time span per row ("0:02.0 - 0:09.0"): its start and end.
    const [time, spanEnd] = mapping.time !== undefined ? timeSpan(row[mapping.time]) : [undefined, undefined];
    const endTime = mapping.endTime !== undefined ? seconds(row[mapping.endTime]) : spanEnd;
    // Built whole (times possibly undefined): one allocation per row of a long table.
    utterances.push({
      speaker: mapping.speaker !== undefined ? speaker : null,
      text: row[mapping.text] ?? '',
      time,
      endTime,
    });
  }
  if (mapping.speaker === undefined) return { preamble: [], utterances, plain: true };
  const first = Math.max(
    utterances.findIndex((u) => u.speaker !== null),
    0,
  );
  return { preamble: utterances.slice(0, first).map((u) => u.text), utterances: utterances.slice(first) };
}

/**
 * True for Whisper's own .tsv (header "start, end, text", WhisperX adds "speaker"): its times are whole
 * milliseconds, not seconds.
 */
function whisperMilliseconds(rows: string[][], mapping: ColumnMapping): boolean {
  const head = rows[0]!;
  if (mapping.time === undefined || mapping.endTime === undefined) return false;
  if (head[mapping.time]?.trim() !== 'start' || head[mapping.endTime]?.trim() !== 'end') return false;
  if (head[mapping.text]?.trim() !== 'text') return false;
  for (let i = 1; i < rows.length; i++) {
    const cell = rows[i]![mapping.time]?.trim() ?? '';
    if (cell !== '' && !/^\d+$/.test(cell)) return false;
  }
  return true;
}

const DELIMITERS = [';', ',', '\t', '|'];

/** The number of cells of the longest row (a loop: spreading a long table into Math.max overflows the stack). */
function widest(rows: string[][]): number {
  let width = -Infinity;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** True for a row of empty or blank cells (papaparse's "greedy" empty line). */
function blankRow(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/**
 * The rows of a table, blank rows left out. Papaparse's own "greedy" skipping joins every row into a
 * new string to test it, half of the parse time of a long table: the delimiter is guessed on the
 * first rows with those settings, then the whole table is read with it and blank rows are dropped here.
 */
function readRows(text: string, tsv: boolean): Papa.ParseResult<string[]> {
  let delimiter = '\t';
  if (!tsv) {
    const head = Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      delimitersToGuess: DELIMITERS,
      preview: 10,
    });
    // Without a clear delimiter papaparse reports it and falls back: let it read the file as it would.
    if (head.errors.some((e) => e.code === 'UndetectableDelimiter'))
      return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
    delimiter = head.meta.delimiter;
  }
  const parsed = Papa.parse<string[]>(text, { delimiter });
  parsed.data = parsed.data.filter((row) => !blankRow(row));
  return parsed;
}

/**
 * Reads a CSV/TSV transcript with papaparse (delimiter detected unless TSV): columns come from the
 * given mapping, else from Dutch/English headers, else a guess that the user should confirm.
 */
export function parseCsv(text: string, tsv: boolean, given?: ColumnMapping): Result<CsvTable> {
  const parsed = readRows(text, tsv);
  const rows = parsed.data;
  if (rows.length === 0) return { ok: false, reason: 'import.csvEmpty' };
  const width = widest(rows);
  const warnings: Warning[] = [];
  const found = given ? { mapping: given, guessed: false } : mapColumns(rows);
  if (!found) return { ok: false, reason: 'import.csvNoText' };
  const { mapping, guessed } = found;
  for (const column of [mapping.text, mapping.speaker, mapping.time, mapping.endTime]) {
    if (column !== undefined && (column < 0 || column >= width))
      return { ok: false, reason: 'import.csvBadMapping', params: { column: column + 1, count: width } };
  }
  const header = mapping.header !== false;
  const columns = header
    ? rows[0]!.map((c) => c.trim())
    : Array.from({ length: width }, (_, i) => `${i + 1}`);
  const segments = rowsToSegments(rows, mapping);
  if (header && whisperMilliseconds(rows, mapping))
    for (const u of segments.utterances) {
      if (u.time !== undefined) u.time /= 1000;
      if (u.endTime !== undefined) u.endTime /= 1000;
    }
  const rowErrors = new Set(parsed.errors.map((e) => e.row)).size;
  if (rowErrors > 0) warnings.push({ key: 'import.warning.csvRows', params: { count: rowErrors } });
  return { ok: true, data: { segments, columns, mapping, guessed, warnings } };
}
