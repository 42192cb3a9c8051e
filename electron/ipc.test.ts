import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo, Language } from './api.ts';
import type { BackupStore } from './backups.ts';
import { MAX_FILE_BYTES } from './fileTypes.ts';
import { createIpcHandlers, dispatch, withExtension, type IpcContext, type NativeDialogs } from './ipc.ts';
import { MediaLinks } from './mediaLinks.ts';

const info: BackupInfo = {
  id: 'p1.20250101T000000000Z',
  projectId: 'p1',
  projectName: 'x',
  createdAt: '',
  size: 1,
};

function setup(options: { open?: string[]; save?: string; sizes?: Record<string, number> } = {}) {
  const disk = new Map<string, Uint8Array>([
    ['/home/u/groep1.docx', new Uint8Array([1])],
    ['/home/u/groep2.txt', new Uint8Array([2, 2])],
    ['/home/u/programma.exe', new Uint8Array([3])],
  ]);
  const registry: string[] = [];
  const media = new MediaLinks({ load: async () => '{}', save: async (json) => void registry.push(json) });
  const written = new Map<string, Uint8Array>();
  const reads: string[] = [];
  let language: Language = 'nl';
  const dialogs = {
    open: vi.fn<NativeDialogs['open']>(async () => options.open ?? []),
    save: vi.fn<NativeDialogs['save']>(async () => options.save),
  };
  const backups = {
    save: vi.fn<BackupStore['save']>(async () => info),
    list: vi.fn<BackupStore['list']>(async () => [info]),
    read: vi.fn<BackupStore['read']>(async () => new Uint8Array([7])),
  };
  const backupDone = vi.fn();
  const teamServers: string[][] = [];
  const handlers = createIpcHandlers({
    files: {
      size: async (p) => options.sizes?.[p] ?? disk.get(p)?.byteLength ?? 0,
      read: async (p) => {
        reads.push(p);
        return disk.get(p) ?? new Uint8Array();
      },
      write: async (p, bytes) => void written.set(p, bytes),
    },
    backups,
    language: () => language,
    setLanguage: (next) => (language = next),
    backupDone,
    media,
    setTeamServers: (origins) => teamServers.push(origins),
  });
  const context: IpcContext = { dialogs, senderId: 7 };
  const call = (name: unknown, ...args: unknown[]) => dispatch(handlers, context, name, args);
  return {
    call,
    dialogs,
    backups,
    written,
    reads,
    registry,
    backupDone,
    media,
    disk,
    teamServers,
    language: () => language,
  };
}

describe('dispatch', () => {
  it.each([['nope'], ['constructor'], ['__proto__'], ['toString'], [42], [null]])(
    'refuses %s',
    async (name) => {
      await expect(setup().call(name)).rejects.toThrow('unknown IPC call');
    },
  );

  it('refuses wrong argument counts', async () => {
    await expect(setup().call('setLanguage')).rejects.toThrow('setLanguage: expected 1 argument(s)');
    await expect(setup().call('backups:list', 'p1', 'extra')).rejects.toThrow('expected 0–1 argument(s)');
  });
});

describe('openFiles', () => {
  it('shows the dialog with translated filters and returns names and bytes, never paths', async () => {
    const { call, dialogs } = setup({ open: ['/home/u/groep1.docx', '/home/u/groep2.txt'] });
    const files = await call('openFiles', { extensions: ['docx', 'txt'], multiple: true });
    expect(files).toEqual([
      { name: 'groep1.docx', bytes: new Uint8Array([1]) },
      { name: 'groep2.txt', bytes: new Uint8Array([2, 2]) },
    ]);
    expect(dialogs.open).toHaveBeenCalledWith({
      title: 'Bestanden openen',
      multiple: true,
      filters: [
        { name: 'Alle ondersteunde bestanden', extensions: ['docx', 'txt'] },
        { name: 'Word-document', extensions: ['docx'] },
        { name: 'Tekstbestand', extensions: ['txt'] },
      ],
    });
  });

  it('speaks English after setLanguage("en")', async () => {
    const { call, dialogs } = setup();
    await call('setLanguage', 'en');
    await call('openFiles', { extensions: ['qdpx'], multiple: false });
    expect(dialogs.open).toHaveBeenCalledWith({
      title: 'Open files',
      multiple: false,
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    });
  });

  it('returns [] when cancelled', async () => {
    await expect(setup().call('openFiles', { extensions: ['txt'], multiple: false })).resolves.toEqual([]);
  });

  it('refuses bad requests before showing a dialog', async () => {
    const { call, dialogs } = setup();
    await expect(call('openFiles', { extensions: ['exe'], multiple: true })).rejects.toThrow('not one of');
    await expect(
      call('openFiles', { extensions: ['txt'], multiple: true, path: '/etc/passwd' }),
    ).rejects.toThrow('unexpected field');
    await expect(call('openFiles', '/etc/passwd')).rejects.toThrow('expected an object');
    expect(dialogs.open).not.toHaveBeenCalled();
  });

  it('refuses a chosen file with another extension, and files over the size limit', async () => {
    await expect(
      setup({ open: ['/home/u/programma.exe'] }).call('openFiles', { extensions: ['txt'], multiple: false }),
    ).rejects.toThrow('geen ondersteunde bestandsextensie');
    await expect(
      setup({ open: ['/home/u/groep2.txt'], sizes: { '/home/u/groep2.txt': MAX_FILE_BYTES + 1 } }).call(
        'openFiles',
        { extensions: ['txt'], multiple: false },
      ),
    ).rejects.toThrow('groter dan 250 MB');
  });
});

describe('saveFile', () => {
  const bytes = new Uint8Array([9, 9]);

  it('writes the bytes where the user chose, adding a missing extension', async () => {
    const { call, written, dialogs } = setup({ save: '/home/u/Export/codeboek' });
    await expect(call('saveFile', { suggestedName: 'codeboek.docx', bytes })).resolves.toBe(true);
    expect([...written.keys()]).toEqual(['/home/u/Export/codeboek.docx']);
    expect(dialogs.save).toHaveBeenCalledWith({
      title: 'Opslaan als',
      defaultPath: 'codeboek.docx',
      filters: [{ name: 'Word-document', extensions: ['docx'] }],
    });
  });

  it('returns false and writes nothing when cancelled', async () => {
    const { call, written } = setup({ save: undefined });
    await expect(call('saveFile', { suggestedName: 'x.csv', bytes })).resolves.toBe(false);
    expect(written.size).toBe(0);
  });

  it('refuses paths and unknown extensions in the suggested name', async () => {
    const { call, dialogs } = setup({ save: '/tmp/x' });
    await expect(call('saveFile', { suggestedName: '../../.bashrc', bytes })).rejects.toThrow(
      'plain file name',
    );
    await expect(call('saveFile', { suggestedName: 'run.sh', bytes })).rejects.toThrow('extension');
    await expect(call('saveFile', { suggestedName: 'x.csv', bytes: [1, 2] })).rejects.toThrow('bytes');
    expect(dialogs.save).not.toHaveBeenCalled();
  });

  it('withExtension keeps a name that already has it', () => {
    expect(withExtension('/a/b.csv', 'csv')).toBe('/a/b.csv');
    expect(withExtension('/a/b.CSV', 'csv')).toBe('/a/b.CSV');
    expect(withExtension('/a/b.txt', 'csv')).toBe('/a/b.txt.csv');
  });
});

describe('setLanguage', () => {
  it('accepts nl and en only', async () => {
    const { call, language } = setup();
    await call('setLanguage', 'en');
    expect(language()).toBe('en');
    await expect(call('setLanguage', 'fr')).rejects.toThrow('language');
  });
});

describe('team:servers', () => {
  it('accepts only a list of ws/wss origins, nothing that would widen the policy further', async () => {
    const { call, teamServers } = setup();
    await call('team:servers', ['wss://koor.example.org', 'ws://127.0.0.1:1234']);
    expect(teamServers).toEqual([['wss://koor.example.org', 'ws://127.0.0.1:1234']]);
    for (const bad of [
      ['https://evil.example'],
      ['wss://a.b/path'],
      ['wss://*'],
      ['wss://a.b https://c.d'],
      'wss://a.b',
    ]) {
      await expect(call('team:servers', bad)).rejects.toThrow('team servers');
    }
    expect(teamServers).toHaveLength(1);
  });
});

describe('backups', () => {
  it('forwards valid arguments', async () => {
    const { call, backups, backupDone } = setup();
    await expect(call('backups:save', 'p1', 'Normaliseren', new Uint8Array([1]))).resolves.toEqual(info);
    expect(backups.save).toHaveBeenCalledWith('p1', 'Normaliseren', new Uint8Array([1]));
    await call('backups:list');
    await call('backups:list', 'p1');
    expect(backups.list.mock.calls).toEqual([[undefined], ['p1']]);
    await expect(call('backups:read', info.id)).resolves.toEqual(new Uint8Array([7]));
    await call('backups:done', 3);
    expect(backupDone).toHaveBeenCalledWith(3, 7);
  });

  it.each([
    ['backups:save', ['../p1', 'x', new Uint8Array()], 'project id'],
    ['backups:save', ['p1', 42, new Uint8Array()], 'project name'],
    ['backups:save', ['p1', 'x', 'not bytes'], 'bytes'],
    ['backups:list', ['../../'], 'project id'],
    ['backups:read', ['../../../etc/passwd'], 'backup id'],
    ['backups:read', ['p1.20250101T000000000Z/../../x'], 'backup id'],
    ['backups:done', ['1'], 'request id'],
  ])('%s refuses %j', async (name, args, message) => {
    const { call, backups } = setup();
    await expect(call(name, ...args)).rejects.toThrow(message);
    expect(backups.save).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
  });
});

describe('recordings', () => {
  const big = { '/media/groep1.mp4': 3 * 1024 * 1024 * 1024 };

  it('links a picked recording by reference: no bytes read, no size limit, no path to the page', async () => {
    const { call, media, dialogs } = setup({ open: ['/media/groep1.mp4'], sizes: big });
    const picked = (await call('media:pick', ['mp4', 'mp3'])) as { id: string; name: string; size: number };
    expect(picked).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'groep1.mp4',
      size: big['/media/groep1.mp4'],
    });
    expect(JSON.stringify(picked)).not.toContain('/media');
    expect(await media.resolve(picked.id)).toBe('/media/groep1.mp4');
    expect(dialogs.open.mock.calls[0]![0].filters).toEqual([
      { name: 'Opname kiezen', extensions: ['mp4', 'mp3'] },
    ]);
  });

  it('links a 2-hour recording without copying it: never read, nothing written but a reference to its path', async () => {
    // Two hours of 1080p video from a camera (about 8 Mbit/s): 7.2 GB.
    const twoHours = { '/media/groep2-video.mp4': 2 * 3600 * 1_000_000 };
    const { call, reads, written, registry, media } = setup({
      open: ['/media/groep2-video.mp4'],
      sizes: twoHours,
    });
    const picked = (await call('media:pick', ['mp4'])) as { id: string; size: number };
    expect(picked.size).toBe(twoHours['/media/groep2-video.mp4']);
    expect(reads).toEqual([]);
    expect(written.size).toBe(0);
    // The only thing stored is the registry: reference → path, a few dozen bytes.
    expect(registry.map((json) => JSON.parse(json))).toEqual([{ [picked.id]: '/media/groep2-video.mp4' }]);
    expect(registry[0]!.length).toBeLessThan(200);
    expect(await media.resolve(picked.id)).toBe('/media/groep2-video.mp4');
    expect(await call('media:status', picked.id)).toEqual({
      ok: true,
      size: twoHours['/media/groep2-video.mp4'],
    });
    expect(reads).toEqual([]);
  });

  it('returns a recording picked with transcripts as a reference with empty bytes', async () => {
    const { call } = setup({ open: ['/home/u/groep1.docx', '/media/groep1.mp4'], sizes: big });
    const files = (await call('openFiles', { extensions: ['docx', 'mp4'], multiple: true })) as {
      name: string;
      bytes: Uint8Array;
      recording?: { name: string };
    }[];
    expect(files[0]).toEqual({ name: 'groep1.docx', bytes: new Uint8Array([1]) });
    expect(files[1]).toMatchObject({
      name: 'groep1.mp4',
      bytes: new Uint8Array(0),
      recording: { name: 'groep1.mp4' },
    });
  });

  it('says a recording is missing once its file is gone, and relinks the same reference', async () => {
    const sizes: Record<string, number> = { '/media/groep1.mp3': 10 };
    const { call, dialogs } = setup({ open: ['/media/groep1.mp3'], sizes });
    const { id } = (await call('media:pick', ['mp3'])) as { id: string };
    expect(await call('media:status', id)).toEqual({ ok: true, size: 10 });
    // Another session's registry does not know the reference: reported as missing, not thrown.
    const missing = setup();
    await expect(missing.call('media:status', id)).resolves.toEqual({ ok: false, reason: 'missing' });
    dialogs.open.mockResolvedValueOnce(['/elders/groep1.mp3']);
    expect(await call('media:relink', id, ['mp3'])).toEqual({ id, name: 'groep1.mp3', size: 0 });
  });

  it.each([
    ['media:pick', [['exe']]],
    ['media:pick', [[]]],
    ['media:status', ['../../etc/passwd']],
    ['media:relink', ['not-a-ref', ['mp3']]],
  ])('refuses %s with %j', async (name, args) => {
    await expect(setup().call(name, ...args)).rejects.toThrow();
  });

  it('refuses to relink a reference main never handed out', async () => {
    await expect(
      setup().call('media:relink', '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f', ['mp3']),
    ).rejects.toThrow('unknown recording');
  });
});
