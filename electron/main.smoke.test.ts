/**
 * Runs the real main-process bundle against a recording fake of the `electron` module (the Electron
 * binary cannot run here) and checks that the hardening is wired in: sandbox, window settings, CSP,
 * blocked requests and navigation, IPC sender checks, and the backup-before-quit flow.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cspHeader } from './csp.ts';
import { fakeElectron, loadMainBundle, type Recorder } from './testing/fakeElectron.ts';

type Fn = (...args: unknown[]) => unknown;

const recorder: Recorder = { calls: [], handlers: new Map() };
let dir = '';
let fake: ReturnType<typeof fakeElectron>;

function handler(name: string): Fn {
  const found = recorder.handlers.get(name);
  if (found === undefined) throw new Error(`no handler ${name}`);
  return found;
}

function callback<T>(): { fn: (value: T) => void; value: () => T | undefined } {
  let seen: T | undefined;
  return { fn: (value) => (seen = value), value: () => seen };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'koor-main-'));
  mkdirSync(path.join(dir, 'renderer'));
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Koor</title>');
  mkdirSync(path.join(dir, 'electron'));
  const bundle = await build({
    entryPoints: [path.join(__dirname, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
  });
  const file = path.join(dir, 'electron', 'main.cjs');
  writeFileSync(file, bundle.outputFiles[0]?.text ?? '');
  fake = fakeElectron(recorder, path.join(dir, 'userData'));
  mkdirSync(path.join(dir, 'userData'));
  vi.useFakeTimers({ toFake: ['setInterval'] });
  loadMainBundle(bundle.outputFiles[0]?.text ?? '', file, fake.electron);
  await vi.waitFor(() => expect(recorder.calls.some(([name]) => name === 'new BrowserWindow')).toBe(true));
});

afterAll(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer', () => {
    expect(recorder.calls).toContainEqual([
      'registerSchemesAsPrivileged',
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    expect(recorder.calls.some(([name]) => name === 'enableSandbox')).toBe(true);
  });

  it('opens one hardened 1280×820 window on app://koor/', () => {
    const [, options] = recorder.calls.find(([name]) => name === 'new BrowserWindow') ?? [];
    expect(options).toMatchObject({
      width: 1280,
      height: 820,
      title: 'Koor',
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(recorder.calls).toContainEqual(['loadURL', 'app://koor/index.html']);
  });

  it('serves the app with the CSP and blocks every remote request', async () => {
    const response = (await handler('protocol:app')(new Request('app://koor/index.html'))) as Response;
    expect(response.headers.get('content-security-policy')).toBe(cspHeader());

    for (const [url, cancel] of [
      ['app://koor/assets/index.js', false],
      ['https://example.org/track.gif', true],
      ['file:///etc/passwd', true],
    ] as const) {
      const done = callback<{ cancel: boolean }>();
      handler('session:before-request')({ url }, done.fn);
      expect(done.value()).toEqual({ cancel });
    }

    const headers = callback<{ responseHeaders?: Record<string, unknown> }>();
    handler('session:headers-received')({ url: 'app://koor/index.html', responseHeaders: {} }, headers.fn);
    expect(headers.value()?.responseHeaders?.['Content-Security-Policy']).toBe(cspHeader());
  });

  it('denies permissions other than clipboard writes', () => {
    const media = callback<boolean>();
    handler('session:permission-request')(fake.window.webContents, 'media', media.fn, {
      requestingUrl: 'app://koor/index.html',
    });
    expect(media.value()).toBe(false);
    expect(handler('session:permission-check')(null, 'geolocation', 'app://koor')).toBe(false);
  });

  it('blocks navigation, new windows and webviews in every web contents', () => {
    handler('app:web-contents-created')({}, fake.window.webContents);
    const away = { url: 'https://example.org/', preventDefault: vi.fn() };
    handler('page:will-navigate')(away);
    expect(away.preventDefault).toHaveBeenCalled();
    const inApp = { url: 'app://koor/index.html#/p/1', preventDefault: vi.fn() };
    handler('page:will-navigate')(inApp);
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    expect(handler('page:window-open')({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    handler('page:will-attach-webview')(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('answers IPC from the app page only', async () => {
    const invoke = handler('ipc:koor:invoke');
    const fromApp = { senderFrame: { url: 'app://koor/index.html' }, sender: fake.window.webContents };
    await expect(invoke(fromApp, 'backups:list')).resolves.toEqual([]);
    await expect(
      invoke({ ...fromApp, senderFrame: { url: 'https://evil.example/' } }, 'backups:list'),
    ).rejects.toThrow('not the Koor page');
    await expect(invoke({ ...fromApp, senderFrame: null }, 'backups:list')).rejects.toThrow(
      'not the Koor page',
    );
  });

  it('asks the page for backups every 10 minutes', () => {
    const before = recorder.calls.filter(([name]) => name === 'send').length;
    vi.advanceTimersByTime(10 * 60 * 1000);
    const sends = recorder.calls.filter(([name]) => name === 'send');
    expect(sends.length).toBe(before + 1);
    expect(sends.at(-1)?.[1]).toBe('koor:backup-request');
  });

  it('holds quitting until the page has stored its backups', async () => {
    const quit = { preventDefault: vi.fn() };
    handler('app:before-quit')(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    const request = recorder.calls.filter(([name]) => name === 'send').at(-1);
    expect(request?.[1]).toBe('koor:backup-request');
    expect(recorder.calls.some(([name]) => name === 'app.quit')).toBe(false);

    const fromApp = { senderFrame: { url: 'app://koor/index.html' }, sender: fake.window.webContents };
    await handler('ipc:koor:invoke')(fromApp, 'backups:done', request?.[2]);
    await vi.waitFor(() => expect(recorder.calls.some(([name]) => name === 'app.quit')).toBe(true));

    const again = { preventDefault: vi.fn() };
    handler('app:before-quit')(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
