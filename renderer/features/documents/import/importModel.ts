import type { SpeakerChoice } from '../../../../shared/import/records.ts';
import type { ColumnMapping, ParsedTranscript } from '../../../../shared/import/types.ts';
import type { Attributes, MessageParams, Warning } from '../../../../shared/model.ts';

/** The extensions the import accepts. */
export const IMPORT_EXTENSIONS = ['docx', 'odt', 'txt', 'vtt', 'srt', 'csv', 'tsv', 'pdf', 'json'];

/** One file of an import batch, from picking to storing. */
export type ImportFile = {
  key: string;
  fileName: string;
  bytes: Uint8Array;
  status: 'waiting' | 'parsing' | 'ready' | 'failed';
  parsed?: ParsedTranscript;
  error?: { reason: string; params?: MessageParams };
  sourceHash?: string;
  /** The name of a document already in the project with the same content. */
  duplicateOf?: string;
  include: boolean;
  name: string;
  perspective: string;
  attributes: Attributes;
  speakers: Record<string, SpeakerChoice>;
  withoutSpeakers: boolean;
  columnMapping?: ColumnMapping;
  /** The user's own label pattern, when speakers were detected with it. */
  labelPattern?: string;
  /** What parsing warned about, e.g. where speaker detection guessed. */
  warnings?: Warning[];
};

/**
 * A detected speaker as the preview's lists name it: the name typed in the speaker table, with the label
 * it replaces ("Marieke (SPEAKER_01)"), so a renamed speaker is recognisable in every list of the preview.
 */
export function speakerChoiceText(label: string, choices: Record<string, SpeakerChoice>): string {
  const name = choices[label]?.name?.trim();
  return name && name !== label ? `${name} (${label})` : label;
}

/** The options a file is (re)parsed with. */
export type ParseChoice = Pick<ImportFile, 'withoutSpeakers' | 'columnMapping' | 'labelPattern'>;

/** The document name a file suggests: its name without extension and leading numbers. */
export function nameFromFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  const cleaned = base
    .replace(/^\d+[\s._-]+/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  const name = cleaned || base;
  return name.charAt(0).toLocaleUpperCase('nl') + name.slice(1);
}

/** Attributes the learning network uses, offered when adding an attribute to a document. */
export const SUGGESTED_ATTRIBUTES = [
  'domein',
  'informeel/formeel',
  'individueel/collectief',
  'datum',
  'locatie',
];

/** The message for a failed store: a full disk (browser storage quota) gets its own explanation. */
export function storeErrorKey(error: unknown): 'import.quota' | 'import.storeFailed' {
  const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
  return quota ? 'import.quota' : 'import.storeFailed';
}
