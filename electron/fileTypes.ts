import type { Language } from './api.ts';

/** Files a user may open: transcripts and project/codebook exchange files. */
export const OPEN_EXTENSIONS = [
  'docx',
  'odt',
  'txt',
  'vtt',
  'srt',
  'csv',
  'tsv',
  'pdf',
  'qdpx',
  'qdc',
  'json',
] as const;

/**
 * Recordings a user may link (shared/recordings/media.ts decides which play; the rest get a message naming
 * the format). They are never read into memory: main hands the page a reference instead.
 */
export const MEDIA_EXTENSIONS = [
  'mp3',
  'm4a',
  'aac',
  'wav',
  'ogg',
  'oga',
  'opus',
  'flac',
  'mp4',
  'm4v',
  'webm',
  'wma',
  'amr',
  'aif',
  'aiff',
  'dss',
  'ds2',
  'caf',
  'ac3',
  'wmv',
  'avi',
  'mov',
  'mkv',
  '3gp',
  'mpg',
  'mpeg',
  'flv',
] as const;

export type MediaExtension = (typeof MEDIA_EXTENSIONS)[number];

/** Whether an extension is a recording's. */
export function isMediaExtension(extension: string): extension is MediaExtension {
  return (MEDIA_EXTENSIONS as readonly string[]).includes(extension);
}

/** Files Koor may write: exports and project files. */
export const SAVE_EXTENSIONS = [
  'qdpx',
  'qdc',
  'docx',
  'csv',
  'tsv',
  'xlsx',
  'txt',
  'json',
  'html',
  'md',
  'svg',
  'png',
  'pdf',
] as const;

export type OpenExtension = (typeof OPEN_EXTENSIONS)[number] | MediaExtension;
export type SaveExtension = (typeof SAVE_EXTENSIONS)[number];
export type KnownExtension = OpenExtension | SaveExtension;

/** A 1,000,000-character transcript is a few MB; 250 MB leaves room for projects with media-free archives. */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;
/** At most this many files per open dialog, so one pick cannot exhaust memory. */
export const MAX_OPEN_FILES = 200;
/** Sum of the bytes of one pick. */
export const MAX_OPEN_TOTAL_BYTES = 1024 * 1024 * 1024;

const NAMES: Record<Exclude<KnownExtension, MediaExtension>, Record<Language, string>> = {
  docx: { nl: 'Word-document', en: 'Word document' },
  odt: { nl: 'OpenDocument-tekst', en: 'OpenDocument text' },
  txt: { nl: 'Tekstbestand', en: 'Text file' },
  vtt: { nl: 'WebVTT-ondertitels', en: 'WebVTT captions' },
  srt: { nl: 'SRT-ondertitels', en: 'SRT subtitles' },
  csv: { nl: 'CSV-bestand', en: 'CSV file' },
  tsv: { nl: 'TSV-bestand', en: 'TSV file' },
  pdf: { nl: 'PDF-document', en: 'PDF document' },
  qdpx: { nl: 'REFI-QDA-project', en: 'REFI-QDA project' },
  qdc: { nl: 'REFI-QDA-codeboek', en: 'REFI-QDA codebook' },
  json: { nl: 'JSON-bestand', en: 'JSON file' },
  xlsx: { nl: 'Excel-werkmap', en: 'Excel workbook' },
  html: { nl: 'Webpagina', en: 'Web page' },
  md: { nl: 'Markdown-tekst', en: 'Markdown text' },
  svg: { nl: 'SVG-afbeelding', en: 'SVG image' },
  png: { nl: 'PNG-afbeelding', en: 'PNG image' },
};

const ALL_SUPPORTED: Record<Language, string> = {
  nl: 'Alle ondersteunde bestanden',
  en: 'All supported files',
};

export type DialogFilter = { name: string; extensions: string[] };

/** Dialog filters for these extensions in the user's language: "all supported" first when there are several. */
export function dialogFilters(extensions: readonly KnownExtension[], language: Language): DialogFilter[] {
  const each = extensions.map((extension) => ({
    name: isMediaExtension(extension)
      ? `${extension.toUpperCase()}-${language === 'nl' ? 'opname' : 'recording'}`
      : NAMES[extension][language],
    extensions: [extension],
  }));
  if (extensions.length < 2) return each;
  return [{ name: ALL_SUPPORTED[language], extensions: [...extensions] }, ...each];
}

const DIALOG_TITLES: Record<'open' | 'save', Record<Language, string>> = {
  open: { nl: 'Bestanden openen', en: 'Open files' },
  save: { nl: 'Opslaan als', en: 'Save as' },
};

/** The default title of a native dialog when the page gives none. */
export function dialogTitle(kind: 'open' | 'save', language: Language): string {
  return DIALOG_TITLES[kind][language];
}
