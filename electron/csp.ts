/**
 * The Content-Security-Policy of every page Koor shows. No 'unsafe-eval' and no inline scripts;
 * inline styles are allowed because the charts set style attributes. Nothing may be loaded from
 * anywhere but the app itself, so participants' words cannot leave the computer through the page.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  // Recordings play from blob: URLs of the browser's own storage, never from a remote host.
  ['media-src', "'self' blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The CSP header value, directives separated by "; ". `teamOrigins` are the ws/wss origins of the team servers of
 * projects shared on this computer: connect-src admits exactly those beside the app itself.
 */
export function cspHeader(teamOrigins: readonly string[] = []): string {
  return CSP_DIRECTIVES.map(
    ([name, value]) => `${name} ${name === 'connect-src' ? [value, ...teamOrigins].join(' ') : value}`,
  ).join('; ');
}

/**
 * Response headers with Koor's CSP and companions added, replacing any CSP already present
 * (header names compare case-insensitively).
 */
export function withSecurityHeaders<V extends string | string[]>(
  headers: Record<string, V>,
  teamOrigins: readonly string[] = [],
): Record<string, V | string> {
  const replaced = new Set(['content-security-policy', 'x-content-type-options', 'referrer-policy']);
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => !replaced.has(name.toLowerCase())),
  );
  return {
    ...kept,
    'Content-Security-Policy': cspHeader(teamOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
