import type { Result } from '../model.ts';

export type MediaKind = 'audio' | 'video';

/** A recording format Chromium (and so Koor, in Electron and in the browser) plays. */
export type MediaFormat = { extension: string; kind: MediaKind; mime: string };

// What Chromium plays out of the box (checked with canPlayType in Debian's Chromium and Electron).
const PLAYABLE: Record<string, Omit<MediaFormat, 'extension'>> = {
  mp3: { kind: 'audio', mime: 'audio/mpeg' },
  m4a: { kind: 'audio', mime: 'audio/mp4' },
  aac: { kind: 'audio', mime: 'audio/aac' },
  wav: { kind: 'audio', mime: 'audio/wav' },
  ogg: { kind: 'audio', mime: 'audio/ogg' },
  oga: { kind: 'audio', mime: 'audio/ogg' },
  opus: { kind: 'audio', mime: 'audio/ogg' },
  flac: { kind: 'audio', mime: 'audio/flac' },
  mp4: { kind: 'video', mime: 'video/mp4' },
  m4v: { kind: 'video', mime: 'video/mp4' },
  webm: { kind: 'video', mime: 'video/webm' },
};

// Formats researchers meet (dictaphones, Windows, older cameras) that Chromium does not play, with what to
// convert them to: audio to mp3 or m4a, video to mp4.
const UNPLAYABLE: Record<string, string> = {
  wma: '.mp3 / .m4a',
  amr: '.mp3 / .m4a',
  aif: '.mp3 / .m4a',
  aiff: '.mp3 / .m4a',
  dss: '.mp3 / .m4a',
  ds2: '.mp3 / .m4a',
  caf: '.mp3 / .m4a',
  ac3: '.mp3 / .m4a',
  wmv: '.mp4',
  avi: '.mp4',
  mov: '.mp4',
  mkv: '.mp4',
  '3gp': '.mp4',
  mpg: '.mp4',
  mpeg: '.mp4',
  flv: '.mp4',
};

/** The extensions Koor accepts as recordings (playable ones). */
export const MEDIA_EXTENSIONS: readonly string[] = Object.keys(PLAYABLE);

/** Every extension that is recognised as a recording, playable or not (to route a picked file). */
export const RECOGNISED_MEDIA_EXTENSIONS: readonly string[] = [
  ...MEDIA_EXTENSIONS,
  ...Object.keys(UNPLAYABLE),
];

/** The lower-case extension of a file name without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** A file name without its extension, lower-cased, for linking a recording to the transcript of the same name. */
export function baseNameOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot <= 0 ? name : name.slice(0, dot)).trim().toLowerCase();
}

/** Whether a file name looks like a recording (playable or a known unplayable format). */
export function isMediaFile(fileName: string): boolean {
  return RECOGNISED_MEDIA_EXTENSIONS.includes(extensionOf(fileName));
}

/** What to convert a recording of this extension to, so that Koor can play it. */
export function convertAdvice(extension: string): string {
  return (
    UNPLAYABLE[extension] ?? (PLAYABLE[extension]?.kind === 'video' ? '.mp4 (H.264 + AAC)' : '.mp3 / .m4a')
  );
}

/** Whether Koor plays files of this extension (when their codec is a common one). */
export function isPlayableExtension(extension: string): boolean {
  return extension in PLAYABLE;
}

/** The playable format of a recording file, or the reason (with the format and what to convert to). */
export function mediaFormatOf(fileName: string): Result<MediaFormat> {
  const extension = extensionOf(fileName);
  const playable = PLAYABLE[extension];
  if (playable) return { ok: true, data: { extension, ...playable } };
  return {
    ok: false,
    reason: 'recording.unplayable',
    params: { format: extension ? `.${extension}` : fileName, convert: convertAdvice(extension) },
  };
}
