/**
 * Runs the real preload bundle against a fake `electron` module: it must expose exactly one object,
 * forward calls on the single invoke channel, and never hand the page an IPC event.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KoorBridge, MenuCommand } from './api.ts';
import { BACKUP_REQUEST_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL } from './channels.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

const required: string[] = [];
const exposed: Array<[string, unknown]> = [];
const listeners = new Map<string, Listener>();
const invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
let koor: KoorBridge;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(__dirname, 'preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
  });
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
    ipcRenderer: { invoke, on: (channel: string, listener: Listener) => listeners.set(channel, listener) },
  };
  const moduleObject = { exports: {} };
  new Function('require', 'module', 'exports', bundle.outputFiles[0]?.text ?? '')(
    (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    },
    moduleObject,
    moduleObject.exports,
  );
  koor = exposed[0]?.[1] as KoorBridge;
});

function emit(channel: string, ...args: unknown[]): void {
  const listener = listeners.get(channel);
  if (listener === undefined) throw new Error(`no listener on ${channel}`);
  listener({ sender: 'the raw IPC event' }, ...args);
}

describe('preload', () => {
  it('requires only electron and exposes one object, window.koor', () => {
    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['koor']);
    expect(Object.keys(koor).sort()).toEqual(
      [
        'backups',
        'media',
        'onBackupRequest',
        'onMenuCommand',
        'openFiles',
        'saveFile',
        'setLanguage',
        'setTeamServers',
      ].sort(),
    );
  });

  it('forwards every call on the single invoke channel', async () => {
    const bytes = new Uint8Array([1]);
    await koor.openFiles({ extensions: ['docx'], multiple: true });
    await koor.saveFile({ suggestedName: 'x.csv', bytes });
    await koor.setLanguage('en');
    await koor.backups.save('p1', 'Project', bytes);
    await koor.backups.list();
    await koor.backups.list('p1');
    await koor.backups.read('p1.20250101T000000000Z');
    const ref = '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f';
    await koor.media.pick(['mp3']);
    await koor.media.status(ref);
    await koor.media.relink(ref, ['mp3']);
    expect(invoke.mock.calls).toEqual([
      [INVOKE_CHANNEL, 'openFiles', { extensions: ['docx'], multiple: true }],
      [INVOKE_CHANNEL, 'saveFile', { suggestedName: 'x.csv', bytes }],
      [INVOKE_CHANNEL, 'setLanguage', 'en'],
      [INVOKE_CHANNEL, 'backups:save', 'p1', 'Project', bytes],
      [INVOKE_CHANNEL, 'backups:list'],
      [INVOKE_CHANNEL, 'backups:list', 'p1'],
      [INVOKE_CHANNEL, 'backups:read', 'p1.20250101T000000000Z'],
      [INVOKE_CHANNEL, 'media:pick', ['mp3']],
      [INVOKE_CHANNEL, 'media:status', '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f'],
      [INVOKE_CHANNEL, 'media:relink', '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f', ['mp3']],
    ]);
  });

  it('passes menu commands without the event, drops unknown ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = koor.onMenuCommand((...args: unknown[]) => received.push(args));
    emit(MENU_CHANNEL, 'import' satisfies MenuCommand);
    emit(MENU_CHANNEL, 'format-disk');
    emit(MENU_CHANNEL, { toString: () => 'import' });
    unsubscribe();
    emit(MENU_CHANNEL, 'export');
    expect(received).toEqual([['import']]);
  });

  it('runs the backup listeners, then reports done, even when one fails', async () => {
    invoke.mockClear();
    const order: string[] = [];
    const offA = koor.onBackupRequest(async () => void order.push('a'));
    const offB = koor.onBackupRequest(async () => {
      order.push('b');
      throw new Error('quota exceeded');
    });
    emit(BACKUP_REQUEST_CHANNEL, 42);
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'backups:done', 42));
    expect(order).toEqual(['a', 'b']);
    offA();
    offB();
    invoke.mockClear();
    emit(BACKUP_REQUEST_CHANNEL, 43);
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'backups:done', 43));
    emit(BACKUP_REQUEST_CHANNEL, 'not a number');
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
