import { describe, expect, it } from 'vitest';
import {
  decidePermission,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  secureWebPreferences,
} from './security.ts';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    ['app://koor/index.html', true],
    ['app://koor/index.html#/project/1', true],
    ['https://example.org/', false],
    ['file:///home/user/transcript.html', false],
    ['app://elsewhere/index.html', false],
    ['data:text/html,<script>alert(1)</script>', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedNavigation(url)).toBe(expected);
  });
});

describe('isAllowedRequest', () => {
  it.each([
    ['app://koor/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://koor/1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:5173/', false],
    ['ws://localhost:1234/', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org/', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedRequest(url)).toBe(expected);
  });
});

describe('isAllowedRequest with a shared project', () => {
  const servers = ['wss://koor.example.org', 'ws://127.0.0.1:1234'];
  it.each([
    ['wss://koor.example.org/?schema=1', true],
    ['ws://127.0.0.1:1234?schema=1', true],
    ['ws://127.0.0.1:1235/', false],
    ['wss://other.example.org/', false],
    ['https://koor.example.org/', false],
    ['ws://koor.example.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedRequest(url, servers)).toBe(expected);
  });
});

describe('decidePermission', () => {
  it('grants clipboard writes to the app only', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://koor/index.html')).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'usb'])(
    'denies %s even to the app',
    (permission) => {
      expect(decidePermission(permission, 'app://koor/index.html')).toBe(false);
    },
  );
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender('app://koor/index.html')).toBe(true);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html')).toBe(false);
  });
});
