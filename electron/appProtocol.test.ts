import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeOf, createAppProtocolHandler, resolveAppPath } from './appProtocol.ts';
import { APP_ENTRY_URL, isAppUrl } from './appUrl.ts';
import { cspHeader } from './csp.ts';

const root = path.resolve('/srv/koor/dist/renderer');

describe('isAppUrl', () => {
  it.each([
    ['app://koor/index.html', true],
    ['app://koor/', true],
    ['app://koor/assets/index-abc.js?x=1#y', true],
    ['app://other/index.html', false],
    ['app://koor:8080/index.html', false],
    ['app://user:pw@koor/index.html', false],
    ['https://koor/index.html', false],
    ['file:///etc/passwd', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://koor/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://koor/assets/a%20b.js?v=2')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it.each([
    'app://koor/../secret.txt',
    'app://koor/assets/../../secret.txt',
    'app://koor/%2e%2e/secret.txt',
    'app://koor/assets/%2E%2E/%2E%2E/etc/passwd',
    'app://koor/..%2fsecret.txt',
    'app://koor/..%5csecret.txt',
    'app://koor/%00index.html',
    'app://koor/C:/Windows/win.ini',
    'app://koor/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) {
      // URL parsing may already have removed dot segments; what is left must stay inside the root.
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
    }
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses traversal hidden in an encoded slash; the URL parser already folds %2e%2e segments', () => {
    expect(resolveAppPath(root, 'app://koor/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://koor/a/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://koor/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });
});

describe('createAppProtocolHandler', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koor-app-'));
  const appRoot = path.join(dir, 'renderer');
  mkdirSync(appRoot);
  writeFileSync(path.join(appRoot, 'index.html'), '<!doctype html><title>Koor</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const handler = createAppProtocolHandler(appRoot, async (file) => new Uint8Array(await readFile(file)));

  it('serves the app with the CSP header', async () => {
    const response = await handler(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Koor</title>');
    expect(response.headers.get('content-security-policy')).toBe(cspHeader());
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('knows the content types the built renderer uses', () => {
    expect(contentTypeOf('/a/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/a/pdf.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/a/font.WOFF2')).toBe('font/woff2');
    expect(contentTypeOf('/a/unknown.bin')).toBe('application/octet-stream');
  });

  it('answers 404 for traversal and missing files, 405 for writes', async () => {
    expect((await handler(new Request('app://koor/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://koor/missing.js'))).status).toBe(404);
    expect((await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
