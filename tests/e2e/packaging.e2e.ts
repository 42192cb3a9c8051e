/**
 * The installable app, checked as far as it can be without Electron's binary: electron-builder packs the
 * real build (with a stand-in Electron distribution, since the binary cannot be downloaded here), and the
 * packaged main process, run against a fake `electron` module, finds its preload and serves the renderer
 * from inside the package.
 */
import { extractAll, listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeElectron, loadMainBundle, type Recorder } from '../../electron/testing/fakeElectron.ts';

const root = path.resolve(__dirname, '..', '..');
let dir = '';
let files: string[] = [];
let app = '';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'koor-dist-'));
  const electronDist = path.join(dir, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  const { version } = JSON.parse(
    readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  run(process.execPath, ['scripts/build-electron.mjs']);
  run(path.join(root, 'node_modules/.bin/electron-builder'), [
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${version}`,
    `-c.directories.output=${path.join(dir, 'release')}`,
  ]);
  const asar = path.join(dir, 'release', 'linux-unpacked', 'resources', 'app.asar');
  files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  app = path.join(dir, 'app');
  extractAll(asar, app);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('holds the main process, the preload and the renderer build, and nothing else', () => {
    const leaves = files.filter((f) => existsSync(path.join(app, f)) && !f.endsWith('/') && path.extname(f));
    expect(leaves).toContain('/package.json');
    expect(leaves).toContain('/dist/electron/main.cjs');
    expect(leaves).toContain('/dist/electron/preload.cjs');
    expect(leaves).toContain('/dist/renderer/index.html');
    const unexpected = leaves.filter(
      (f) => !/^\/(package\.json|dist\/electron\/(main|preload)\.cjs|dist\/renderer\/.+)$/.test(f),
    );
    expect(unexpected).toEqual([]);
    expect(leaves.filter((f) => /\.(map|tsx?)$|node_modules|\.test\.|\/tests\//.test(f))).toEqual([]);
  });

  it('ships a package.json that starts the bundled main process and carries no scripts', () => {
    const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.main).toBe('dist/electron/main.cjs');
    expect(manifest.scripts).toBeUndefined();
  });

  it('resolves its preload and serves the renderer from inside the package', async () => {
    const recorder: Recorder = { calls: [], handlers: new Map() };
    const userData = path.join(dir, 'userData');
    mkdirSync(userData);
    const fake = fakeElectron(recorder, userData);
    const main = path.join(app, 'dist', 'electron', 'main.cjs');
    loadMainBundle(readFileSync(main, 'utf8'), main, fake.electron);
    await expect.poll(() => recorder.calls.some(([name]) => name === 'new BrowserWindow')).toBe(true);

    const [, options] = recorder.calls.find(([name]) => name === 'new BrowserWindow') ?? [];
    const preload = (options as { webPreferences: { preload: string } }).webPreferences.preload;
    expect(preload).toBe(path.join(app, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(preload)).toBe(true);

    const serve = recorder.handlers.get('protocol:app');
    if (!serve) throw new Error('the app:// protocol was not registered');
    const page = (await serve(new Request('app://koor/index.html'))) as Response;
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(path.join(app, 'dist', 'renderer', 'index.html'), 'utf8'));
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (!script) throw new Error('no script in the packaged index.html');
    const asset = (await serve(new Request(`app://koor/${script}`))) as Response;
    expect(asset.status).toBe(200);
  });
});
