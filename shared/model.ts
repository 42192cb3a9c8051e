/**
 * The Koor data model: the contract between importers, the database, analyses and exporters.
 * Offsets are UTF-16 code units into `KoorDocument.text`; REFI-QDA converts to code points at its border.
 */
import type { SyncPoint } from './recordings/timeline.ts';
import type { RecordingInfo } from './recordings/types.ts';

export type Id = string;

/** Free attributes (variables) of a document or speaker; `perspective` is the one Koor compares by. */
export type Attributes = Record<string, string>;

/** Every format a document can come from, as stored on the document (and checked when a project file is read). */
export const SOURCE_FORMATS = [
  'txt',
  'docx',
  'odt',
  'vtt',
  'srt',
  'csv',
  'tsv',
  'pdf',
  'json',
  'qdpx',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export function isSourceFormat(value: unknown): value is SourceFormat {
  return (SOURCE_FORMATS as readonly unknown[]).includes(value);
}

export type KoorDocument = {
  id: Id;
  name: string;
  format: SourceFormat;
  text: string;
  /** SHA-256 (hex) of the source bytes, to flag a file imported twice. */
  sourceHash: string;
  importedAt: string;
  /** Text before the first speaker turn (title, date, participants) as [0, preambleEnd). */
  preambleEnd?: number;
  attributes: Attributes;
  /** Position in the project's list (also the order of groups for saturation). */
  order?: number;
};

export type SpeakerRole = 'moderator' | 'participant';

export type Speaker = {
  id: Id;
  documentId: Id;
  /** The label as written in the transcript ("R1", "Gespreksleider"). */
  label: string;
  /** Display name or pseudonym. */
  name: string;
  role: SpeakerRole;
  /** Speaker attributes; `perspective` here overrides the document's. */
  attributes: Attributes;
  color?: string;
};

export type Turn = {
  id: Id;
  documentId: Id;
  speakerId: Id | null;
  /** Offsets of the spoken text of the turn in the document text. */
  start: number;
  end: number;
  /** Start time in seconds, when the source had one. */
  time?: number;
  /** End time in seconds, when the source had one. */
  endTime?: number;
};

export type Code = {
  /** A GUID, kept across REFI-QDA import and export. */
  id: Id;
  parentId: Id | null;
  name: string;
  /** #RRGGBB */
  color: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  order: number;
  /** False for a category that only groups other codes. */
  codable: boolean;
  /** Search terms for auto-coding suggestions (words, phrases, * wildcards). */
  searchTerms?: string[];
};

export type Coding = {
  id: Id;
  documentId: Id;
  codeId: Id;
  start: number;
  end: number;
  coderId: Id;
  memo?: string;
  createdAt: string;
};

export type Coder = { id: Id; name: string };

export type MemoTarget =
  { kind: 'project' } | { kind: 'document'; id: Id } | { kind: 'code'; id: Id } | { kind: 'coding'; id: Id };

export type Memo = {
  id: Id;
  /** "project", "document:<id>", "code:<id>" or "coding:<id>"; see memoTargetKey. */
  target: string;
  title: string;
  text: string;
  updatedAt: string;
};

export type AttributeScope = 'document' | 'speaker';

export type AttributeDefinition = {
  name: string;
  scope: AttributeScope;
  type: 'text' | 'number' | 'date' | 'choice';
  values: string[];
};

/**
 * Which column of the summary grid a summary or key quote belongs to. `by` is the grid's column choice spelled
 * as `columnByName` of shared/analysis/columns.ts ("perspective", "document", "speaker", a document attribute's
 * name, "speaker:NAME"); `value` is the column key (a perspective value, document id, speaker id or attribute
 * value; "" for the "no value" column). A summary written per perspective therefore stays with that perspective
 * when the researcher looks at the grid by document, and shows again when they switch back.
 */
export type SummaryColumn = { by: string; value: string };

/** One cell of the summary grid: a code (row) × a column. */
export type SummaryCell = { codeId: Id; column: SummaryColumn };

/**
 * A cited fragment in a summary, shown as [n] (n = its 1-based position in `citations`). It is anchored like a
 * coding: the offsets of the cited words in the document text move with text edits by the same rules as codings
 * (shared/coding/offsets.ts, see shared/synthesis/citations.ts). When its coding is removed or its words are
 * deleted it resolves to "broken" (resolveCitation) and stays listed, so nothing vanishes silently.
 */
export type Citation = {
  id: Id;
  codingId: Id;
  documentId: Id;
  /** UTF-16 offsets of the cited words; at first the coding's own offsets. */
  start: number;
  end: number;
};

/** The three parts of a theme's synthesis across the columns. */
export type SynthesisParts = {
  /** Where the perspectives agree. */
  agree: string;
  /** Where they differ. */
  differ: string;
  /** What only one perspective raises. */
  unique: string;
};

type SummaryBase = { id: Id; citations: Citation[]; updatedAt: string };

/** The researcher's summary of one grid cell (code × column). Citation markers [n] live in `text`. */
export type CellSummary = SummaryBase & { kind: 'cell'; codeId: Id; column: SummaryColumn; text: string };

/** A theme's synthesis across the columns of one kind (`column.value` is ""): agree / differ / unique. */
export type ThemeSynthesis = SummaryBase & {
  kind: 'synthesis';
  codeId: Id;
  column: SummaryColumn;
  parts: SynthesisParts;
};

/** A profile of one column (e.g. one perspective) across all themes. */
export type ColumnProfile = SummaryBase & {
  kind: 'profile';
  codeId: null;
  column: SummaryColumn;
  text: string;
};

/** Summaries of the summary grid: cell summaries, theme syntheses and column profiles. */
export type Summary = CellSummary | ThemeSynthesis | ColumnProfile;

export type SummaryKind = Summary['kind'];

/**
 * A coded fragment marked as a key quote of a grid cell. `display` is an optional shortened text: the coded text
 * with words left out, each omission shown as an ellipsis "…" inside the fragment (validate it with
 * validateQuoteDisplay of shared/synthesis/keyQuotes.ts). The coding itself is never changed.
 */
export type KeyQuote = {
  id: Id;
  codingId: Id;
  cell: SummaryCell;
  display?: string;
  createdAt: string;
};

/** A whole project in memory: what exporters read and importers produce. */
export type ProjectData = {
  name: string;
  documents: KoorDocument[];
  speakers: Speaker[];
  turns: Turn[];
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
  memos: Memo[];
  attributes: AttributeDefinition[];
  /** Summary grid content (shared/synthesis); absent in projects from before it existed. */
  summaries?: Summary[];
  keyQuotes?: KeyQuote[];
  /** Recordings carried by a .qdpx (their bytes travel beside the data); absent when none are. */
  recordings?: RecordingInfo[];
  /** The researcher's sync points (text offset ↔ media time); absent in projects from before recordings. */
  syncPoints?: SyncPoint[];
};

/** Values for the placeholders of a message, e.g. {file: "a.docx", limit: 100}. */
export type MessageParams = Record<string, string | number>;

/**
 * Parsers and importers return a result instead of throwing. `reason` is a message key of
 * shared/messages.ts (translated by the renderer, printed in English by the CLI).
 */
export type Result<T> =
  { ok: true; data: T; warnings?: Warning[] } | { ok: false; reason: string; params?: MessageParams };

/** A non-fatal remark about an import or export, as a message key with its values. */
export type Warning = { key: string; params?: MessageParams };

/** The stable key under which a memo is stored for its target. */
export function memoTargetKey(target: MemoTarget): string {
  return target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
}

/** The perspective of a speaker: the speaker's own attribute, else its document's. */
export function perspectiveOf(speaker: Speaker | undefined, document: KoorDocument | undefined): string {
  return speaker?.attributes.perspective || document?.attributes.perspective || '';
}

/** An empty project with the given name. */
export function emptyProject(name: string): ProjectData {
  return {
    name,
    documents: [],
    speakers: [],
    turns: [],
    codes: [],
    codings: [],
    coders: [],
    memos: [],
    attributes: [],
  };
}
