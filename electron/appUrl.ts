/**
 * The renderer is served from a custom, privileged `app://koor/` protocol instead of file://.
 * Why not file://: every file:// page shares one opaque origin with the whole disk, so a page
 * (or anything injected into it) could fetch any local file, CSP 'self' would mean "all files", and
 * storage (IndexedDB, where the projects live) would hang off that shared origin. A standard, secure
 * custom scheme gives Koor its own origin, lets the CSP's 'self' mean exactly the app's files, and
 * lets main decide, file by file, what is served (see resolveAppPath).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'koor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app's own files (`app://koor/…`), and for nothing else. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
