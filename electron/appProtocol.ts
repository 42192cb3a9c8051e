import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAppUrl } from './appUrl.ts';
import { withSecurityHeaders } from './csp.ts';

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

/** Reads a local file as a Response (Electron's `net.fetch` on a file:// URL in the app). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

/** The handler behind `protocol.handle('app', …)`: only GET of files under root, always with the CSP. */
export function createAppProtocolHandler(root: string, fetchFile: FetchFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: withSecurityHeaders({}) });
    }
    const file = resolveAppPath(root, request.url);
    if (file === null) return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
    try {
      const response = await fetchFile(pathToFileURL(file).toString());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      return new Response(response.body, { status: response.status, headers: withSecurityHeaders(headers) });
    } catch {
      return new Response(null, { status: 404, headers: withSecurityHeaders({}) });
    }
  };
}
