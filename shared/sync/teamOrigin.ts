/**
 * The one network address a shared project may reach: its team server's WebSocket origin. Koor's page admits
 * exactly these origins in its Content-Security-Policy (connect-src) and nothing else (docs/team-sync.md).
 */

/** The ws:// or wss:// origin of a team server address, or null for anything else. */
export function teamOrigin(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.username || url.password) return null;
  // A host name or an IP address only: nothing a CSP would read as a wildcard ("*") or a second source.
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(url.hostname)) return null;
  return url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
}

/** Where the browser page keeps the origins of the team servers of the projects shared on this computer. */
export const TEAM_SERVERS_KEY = 'koor.teamServers';

/** The stored origins, keeping only well-formed ones (the page's CSP is built from them). */
export function readTeamOrigins(stored: string | null): string[] {
  let list: unknown;
  try {
    list = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((o): o is string => typeof o === 'string' && teamOrigin(o) === o))];
}
