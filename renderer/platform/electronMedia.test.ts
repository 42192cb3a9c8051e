import { describe, expect, it, vi } from 'vitest';
import type { KoorBridge } from '../../electron/api.ts';
import { recordingUiMessages } from '../features/documents/recording/messages.ts';
import { electronMedia } from './electronMedia.ts';

const REF = '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f';

function bridge(status: { ok: true; size: number } | { ok: false; reason: 'missing' }) {
  const media = {
    pick: vi.fn(async () => null),
    status: vi.fn(async () => status),
    relink: vi.fn(async () => ({ id: REF, name: 'groep.mp3', size: 10 })),
  };
  return { bridge: { media } as unknown as KoorBridge, media };
}

describe('recordings in Electron', () => {
  it('a moved or deleted file is reported with the relink message, and relinking keeps the reference', async () => {
    const { bridge: moved, media } = bridge({ ok: false, reason: 'missing' });
    const store = electronMedia(moved);
    const where = { kind: 'file', ref: REF } as const;
    expect(await store.open('p1', where, 'groep.mp3')).toEqual({
      ok: false,
      reason: 'recording.missingFile',
      params: { name: 'groep.mp3' },
    });
    expect(await store.read('p1', where, 'groep.mp3')).toMatchObject({
      ok: false,
      reason: 'recording.missingFile',
    });
    expect(recordingUiMessages.nl['recording.missingFile']).toContain('Kies Opnieuw koppelen');
    expect(recordingUiMessages.en['recording.missingFile']).toContain('Choose Link again');
    expect(await store.relink!(where)).toEqual({ ok: true, data: where });
    expect(media.relink).toHaveBeenCalledWith(REF, expect.arrayContaining(['mp3', 'mp4']));
  });

  it('stores a linked file by its reference: no bytes copied', async () => {
    const { bridge: linked } = bridge({ ok: true, size: 7_200_000_000 });
    const progress = vi.fn();
    const stored = await electronMedia(linked).store(
      'p1',
      'r1',
      { id: REF, name: 'groep.mp4', size: 7_200_000_000 },
      progress,
    );
    expect(stored).toEqual({ ok: true, data: { kind: 'file', ref: REF } });
    expect(progress).toHaveBeenCalledWith(1);
  });
});
