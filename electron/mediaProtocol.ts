import path from 'node:path';
import { isAppUrl } from './appUrl.ts';
import { withSecurityHeaders } from './csp.ts';
import { isMediaRef } from './mediaLinks.ts';

/** Recordings are served from the app's own origin under this path, so the CSP needs no other source. */
export const MEDIA_PATH = '/__media/';

/** The recording reference of an `app://koor/__media/<ref>` URL, or null. */
export function mediaRefOf(url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith(MEDIA_PATH)) return null;
  const ref = pathname.slice(MEDIA_PATH.length);
  return isMediaRef(ref) ? ref : null;
}

const MEDIA_TYPES: Record<string, string> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
};

/** A byte range of a `Range: bytes=…` header within a file of `size` bytes; null when absent; 'invalid' when unsatisfiable. */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 ? 'invalid' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || end < start ? 'invalid' : { start, end };
}

/** Reads part of a file on disk. */
export type MediaFiles = {
  size(filePath: string): Promise<number>;
  read(filePath: string, start: number, end: number): Promise<Uint8Array>;
};

// A media element asks for ranges; answering each with at most 4 MB keeps memory flat on a 1 GB video.
const MAX_CHUNK = 4 * 1024 * 1024;

/**
 * Serves a linked recording with byte ranges (the media element seeks by asking for ranges). Only files main
 * registered from a native dialog can be served: the URL carries a reference, never a path.
 */
export async function serveMedia(
  request: Request,
  resolve: (ref: string) => Promise<string | undefined>,
  files: MediaFiles,
): Promise<Response> {
  const ref = mediaRefOf(request.url);
  const filePath = ref ? await resolve(ref) : undefined;
  if (!filePath) return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
  let size: number;
  try {
    size = await files.size(filePath);
  } catch {
    return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
  }
  const type = MEDIA_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'invalid') {
    return new Response(null, {
      status: 416,
      headers: withSecurityHeaders({ 'Content-Range': `bytes */${size}` }),
    });
  }
  const start = range?.start ?? 0;
  const end = Math.min(range?.end ?? size - 1, start + MAX_CHUNK - 1);
  const headers = withSecurityHeaders({
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'Content-Length': String(size === 0 ? 0 : end - start + 1),
    ...(range || end < size - 1 ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  const status = range || end < size - 1 ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  const bytes = await files.read(filePath, start, end);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { status, headers });
}
