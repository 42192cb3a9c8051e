import { describe, expect, it } from 'vitest';
import { cspHeader } from './csp.ts';
import { MediaLinks } from './mediaLinks.ts';
import { mediaRefOf, parseRange, serveMedia } from './mediaProtocol.ts';
import { RECOGNISED_MEDIA_EXTENSIONS } from '../shared/recordings/media.ts';
import { MEDIA_EXTENSIONS } from './fileTypes.ts';

const REF = '0b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f';
const FILE = new Uint8Array(Array.from({ length: 100 }, (_, i) => i));
const files = {
  size: async (p: string) => {
    if (p !== '/media/groep.mp3') throw new Error('ENOENT');
    return FILE.length;
  },
  read: async (_p: string, start: number, end: number) => FILE.slice(start, end + 1),
};
const resolve = async (ref: string) => (ref === REF ? '/media/groep.mp3' : undefined);

describe('media protocol', () => {
  it.each([
    [`app://koor/__media/${REF}`, REF],
    [`app://koor/__media/${REF}/x`, null],
    ['app://koor/__media/../../etc/passwd', null],
    [`app://evil/__media/${REF}`, null],
    [`https://koor/__media/${REF}`, null],
    ['app://koor/index.html', null],
  ])('reads the reference of %s', (url, ref) => {
    expect(mediaRefOf(url)).toBe(ref);
  });

  it.each([
    [null, null],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=95-200', { start: 95, end: 99 }],
    ['bytes=100-', 'invalid'],
    ['bytes=5-2', 'invalid'],
    ['bytes=-', 'invalid'],
    ['items=0-1', 'invalid'],
  ])('parses Range %s', (header, range) => {
    expect(parseRange(header, 100)).toEqual(range);
  });

  it('serves byte ranges of a linked file with the CSP, for seeking', async () => {
    const response = await serveMedia(
      new Request(`app://koor/__media/${REF}`, { headers: { Range: 'bytes=10-19' } }),
      resolve,
      files,
    );
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe('bytes 10-19/100');
    expect(response.headers.get('Content-Type')).toBe('audio/mpeg');
    expect(response.headers.get('Content-Security-Policy')).toBe(cspHeader());
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(FILE.slice(10, 20));
  });

  it('serves the whole small file without a range, 416 for an impossible one, 404 for unknown or gone', async () => {
    const whole = await serveMedia(new Request(`app://koor/__media/${REF}`), resolve, files);
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(100);
    const beyond = await serveMedia(
      new Request(`app://koor/__media/${REF}`, { headers: { Range: 'bytes=500-' } }),
      resolve,
      files,
    );
    expect(beyond.status).toBe(416);
    const unknown = await serveMedia(
      new Request('app://koor/__media/1b6c3c5e-0a1b-4c2d-8e3f-9a0b1c2d3e4f'),
      resolve,
      files,
    );
    expect(unknown.status).toBe(404);
    const gone = await serveMedia(
      new Request(`app://koor/__media/${REF}`),
      async () => '/media/weg.mp3',
      files,
    );
    expect(gone.status).toBe(404);
  });

  it('offers in the dialog exactly the recordings the renderer recognises', () => {
    expect([...MEDIA_EXTENSIONS].sort()).toEqual([...RECOGNISED_MEDIA_EXTENSIONS].sort());
  });
});

describe('media links', () => {
  it('keeps reference → path across restarts and ignores a damaged registry', async () => {
    let stored = '';
    const storage = { load: async () => stored, save: async (json: string) => void (stored = json) };
    const links = new MediaLinks(storage);
    const ref = await links.register('/media/groep.mp3');
    const again = new MediaLinks(storage);
    expect(await again.resolve(ref)).toBe('/media/groep.mp3');
    await again.relink(ref, '/elders/groep.mp3');
    expect(await new MediaLinks(storage).resolve(ref)).toBe('/elders/groep.mp3');
    const damaged = new MediaLinks({ load: async () => '{not json', save: async () => undefined });
    expect(await damaged.resolve(ref)).toBeUndefined();
  });
});
