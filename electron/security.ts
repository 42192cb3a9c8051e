import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './appUrl.ts';
import { teamOrigin } from '../shared/sync/teamOrigin.ts';
import { withSecurityHeaders } from './csp.ts';

/** The settings of every Koor window: an isolated, sandboxed page that can reach main only via the preload. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click (auxclick) could open links in new windows; window.open is denied anyway.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** A page may only ever show the app's own files. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Only the app's own page may call main over IPC (not a frame or page that got in some other way). */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl);
}

/** Schemes that never touch the network or the disk outside the app: inline data and page-made blobs. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Every request the session makes: only the app's files (and inline data/blobs); no remote content. The one
 * exception is a WebSocket to the team server of a project shared on this computer (`teamOrigins`).
 */
export function isAllowedRequest(url: string, teamOrigins: readonly string[] = []): boolean {
  if (isAppUrl(url)) return true;
  const origin = teamOrigin(url);
  if (origin !== null && teamOrigins.includes(origin)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Koor needs no camera, microphone, location, notifications, MIDI, USB… Only writing to the clipboard
 * ("copy quote") is granted, and only to the app's own page.
 */
export function decidePermission(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Locks down a session: permissions, remote requests, CSP on every app response, downloads. */
export function hardenSession(session: Session, teamOrigins: () => readonly string[] = () => []): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl || contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, teamOrigins()) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders ?? {}, teamOrigins()) });
  });
  // Exports go through the native save dialog (IPC); the page itself may not download anything.
  session.on('will-download', (event) => event.preventDefault());
}

/** Locks down one page: no navigation away from the app, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
