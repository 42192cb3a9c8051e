import type { SourceFormat, SpeakerRole, Warning } from '../model.ts';

/** A speaker as detected in a transcript, before the user confirms it. */
export type ParsedSpeaker = {
  /** The label as written, without timestamp or role in parentheses ("R1", "Gespreksleider"). */
  label: string;
  role: SpeakerRole;
  /** The role written beside the label, e.g. "ouder" in "R1 (ouder):". */
  roleNote?: string;
};

/** One speaker turn: offsets (UTF-16 code units) of its spoken text in `ParsedTranscript.text`. */
export type ParsedTurn = {
  speakerLabel: string | null;
  start: number;
  end: number;
  /** Start time in seconds, when the source had one. */
  time?: number;
  /** End time in seconds, when the source had one. */
  endTime?: number;
};

/** Which columns (0-based) of a CSV/TSV file hold the text, speaker and times. */
export type ColumnMapping = {
  text: number;
  speaker?: number;
  time?: number;
  endTime?: number;
  /** Whether the first row is a header row (default true). */
  header?: boolean;
};

/** Options of `parseTranscript`. */
export type ParseOptions = {
  /** For CSV/TSV: the columns to use, after the user confirmed them. */
  columnMapping?: ColumnMapping;
  /** Import without speakers: one turn per paragraph (or cue/row), no speaker labels detected. */
  withoutSpeakers?: boolean;
  /** The user's own label pattern (a regular expression source); replaces automatic label detection. */
  labelPattern?: string;
  /** Refuse files larger than this many bytes (default MAX_FILE_BYTES). */
  maxBytes?: number;
};

/**
 * A transcript turned into one plain text with speaker turns. `text` is the preamble, then the
 * spoken text of each turn, separated by blank lines ("\n\n"); the preamble is [0, preambleEnd).
 */
export type ParsedTranscript = {
  format: SourceFormat;
  encoding?: string;
  text: string;
  preambleEnd: number;
  /** Distinct speakers in order of first appearance. */
  speakers: ParsedSpeaker[];
  turns: ParsedTurn[];
  /** CSV/TSV: the column names (header cells, or "Kolom 1" … when there is no header). */
  columns?: string[];
  /** CSV/TSV: the columns were guessed; the user should confirm a `ColumnMapping`. */
  needsColumnMapping?: boolean;
  /** CSV/TSV: the mapping that was used (given or guessed). */
  columnMapping?: ColumnMapping;
};

/** One fragment of a transcript before turns are merged: a line, a cue, a row or a paragraph. */
export type Utterance = {
  speaker: string | null;
  text: string;
  time?: number;
  endTime?: number;
  roleNote?: string;
};

/** The intermediate result of every format parser: preamble lines and utterances in order. */
export type Segmented = {
  preamble: string[];
  utterances: Utterance[];
  /** True when the utterances are separate paragraphs without speakers (never merged). */
  plain?: boolean;
  /** True when every utterance's text is collapsed already (single spaces, trimmed): built as it is. */
  collapsed?: boolean;
  /** Where detection guessed (rare or doubtful labels, a speaker list that does not match), with line numbers. */
  warnings?: Warning[];
};
