import path from 'node:path';
import { isAppUrl } from './appUrl.ts';
import { withSecurityHeaders } from './csp.ts';
import { mediaRefOf } from './mediaProtocol.ts';

/**
 * Maps an `app://koor/…` URL to a file inside `root`, or null when the URL is not the app's, is
 * malformed, or would leave `root` (`..`, encoded `%2e%2e`, backslashes, NUL bytes, absolute paths).
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[A-Za-z]:$/.test(segment))) {
    return null;
  }
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = path.relative(base, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of an app file; unknown kinds are served as opaque bytes (never sniffed, see nosniff). */
export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads one file of the app; rejects when it does not exist. */
export type ReadAppFile = (filePath: string) => Promise<Uint8Array>;

/**
 * The handler behind `protocol.handle('app', …)`: only GET/HEAD of files under root, always with the CSP.
 * Files are read directly rather than through `net.fetch(file://…)`, because the session refuses every
 * file:// request (see security.ts) and the app needs no such exception.
 */
export function createAppProtocolHandler(
  root: string,
  readAppFile: ReadAppFile,
  serveMedia?: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: withSecurityHeaders({}) });
    }
    // Linked recordings are served from the app's own origin (app://koor/__media/<reference>).
    if (serveMedia && mediaRefOf(request.url) !== null) return serveMedia(request);
    const file = resolveAppPath(root, request.url);
    if (file === null) return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
    try {
      const bytes = await readAppFile(file);
      const headers = withSecurityHeaders({ 'Content-Type': contentTypeOf(file) });
      return new Response(request.method === 'HEAD' ? null : new Blob([bytes as Uint8Array<ArrayBuffer>]), {
        status: 200,
        headers,
      });
    } catch {
      return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
    }
  };
}
