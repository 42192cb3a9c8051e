import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openZip, writeZip, writeZipAsync } from './zip.ts';

/** Replaces the first byte of an entry's name in the central directory only (the local header keeps it). */
function renameInDirectory(zip: Uint8Array, name: string, byte: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const bytes = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== bytes.length) continue;
    if (bytes.every((b, k) => out[i + 46 + k] === b)) out[i + 46] = byte;
  }
  return out;
}

describe('openZip', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads an entry by the name it listed, also when that name is not UTF-8 (found by fuzzing)', () => {
    const zip = renameInDirectory(zipSync({ 'project.qde': strToU8('<Project/>') }), 'project.qde', 0x91);
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    const [entry] = opened.data.entries;
    const read = opened.data.read((name) => name === entry!.name);
    expect(read.ok && new TextDecoder().decode(read.data[entry!.name])).toBe('<Project/>');
  });

  it('stops inflating an entry that yields more than its header declares', async () => {
    const opened = openZip(lyingZip());
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.data.read(() => true)).toMatchObject({ ok: false, reason: 'exchange.zip.bomb' });
    expect(await opened.data.readAsync(() => true)).toMatchObject({ ok: false, reason: 'exchange.zip.bomb' });
  });

  it("inflates with the platform's zlib the same bytes as in JavaScript", async () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `regel ${i} met één woord\n`).join('');
    const zip = zipSync({ 'project.qde': strToU8('<Project/>'), 'sources/a.txt': strToU8(text) });
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    const source = (name: string) => name === 'sources/a.txt';
    const read = await opened.data.readAsync(source);
    const inJs = opened.data.read(source);
    if (!read.ok || !inJs.ok) throw new Error('not read');
    expect(Object.keys(read.data)).toEqual(['sources/a.txt']);
    // Compared as text: comparing a megabyte of bytes one by one takes the matcher many seconds.
    expect(new TextDecoder().decode(read.data['sources/a.txt']) === text).toBe(true);
    expect(new TextDecoder().decode(inJs.data['sources/a.txt']) === text).toBe(true);
  });

  it('inflates through DecompressionStream where there is one, and in JavaScript where there is none', async () => {
    const zip = zipSync({ 'sources/a.txt': strToU8('Moeder: ja. '.repeat(1_000)) });
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    let streams = 0;
    const Native = DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class extends Native {
        constructor(format: ConstructorParameters<typeof DecompressionStream>[0]) {
          super(format);
          streams++;
        }
      },
    );
    const native = await opened.data.readAsync(() => true);
    expect(streams).toBe(1);
    vi.stubGlobal('DecompressionStream', undefined);
    const inJs = await opened.data.readAsync(() => true);
    expect(native.ok && new TextDecoder().decode(native.data['sources/a.txt'])).toBe(
      'Moeder: ja. '.repeat(1_000),
    );
    expect(inJs).toEqual(native);
  });

  it('refuses a damaged entry with the same message whichever inflater reads it', async () => {
    const text = strToU8('Moeder: ja. '.repeat(20_000));
    const zip = zipSync({ 'sources/a.txt': text });
    // Garbage in the middle of the compressed data (it starts after the 30-byte header and the name).
    for (let i = 30 + 13 + 40; i < 30 + 13 + 80; i++) zip[i] = 0xff;
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    const sync = opened.data.read(() => true);
    expect(sync).toMatchObject({ ok: false, reason: 'exchange.zip.corrupt' });
    expect(await opened.data.readAsync(() => true)).toEqual(sync);
  });
});

describe('writeZipAsync', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const files = () => ({
    'project.qde': strToU8(`<Project name="één">${'<Code/>'.repeat(5_000)}</Project>`),
    'sources/a.txt': strToU8('Moeder: ja. '.repeat(10_000)),
    'sources/empty.txt': new Uint8Array(0),
    'sources/opname.mp3': Uint8Array.from({ length: 3_000 }, (_, i) => (i * 7919) % 256),
  });
  /** Each entry's compression method, from the central directory. */
  const methods = (zip: Uint8Array) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const found: Record<string, number> = {};
    for (let i = 0; i + 46 < zip.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
      found[name] = view.getUint16(i + 10, true);
    }
    return found;
  };

  it('deflates through CompressionStream into a zip that reads back the same entries', async () => {
    let streams = 0;
    const Native = CompressionStream;
    vi.stubGlobal(
      'CompressionStream',
      class extends Native {
        constructor(format: ConstructorParameters<typeof CompressionStream>[0]) {
          super(format);
          streams++;
        }
      },
    );
    const zip = await writeZipAsync(files());
    expect(streams).toBe(4);
    expect(methods(zip)).toEqual({
      'project.qde': 8,
      'sources/a.txt': 8,
      'sources/empty.txt': 8,
      'sources/opname.mp3': 8,
    });
    expect(unzipSync(zip)).toEqual(files());
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    expect(await opened.data.readAsync(() => true)).toEqual({ ok: true, data: files() });
    expect(opened.data.read(() => true)).toEqual({ ok: true, data: files() });
  });

  it('gives a stored entry (a recording) its sizes in its header, without a data descriptor', async () => {
    // Java's ZipInputStream: "only DEFLATED entries can have EXT descriptor".
    const zip = await writeZipAsync(files(), new Set(['sources/opname.mp3']));
    expect(methods(zip)['sources/opname.mp3']).toBe(0);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const descriptors: string[] = [];
    for (let i = 0; i + 30 < zip.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      const name = new TextDecoder().decode(zip.subarray(i + 30, i + 30 + view.getUint16(i + 26, true)));
      if (view.getUint16(i + 6, true) & 8) descriptors.push(name);
    }
    expect(descriptors).toEqual([]);
    expect(unzipSync(zip)).toEqual(files());
  });

  it('deflates in JavaScript where there is no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const zip = await writeZipAsync(files(), new Set(['sources/opname.mp3']));
    expect(methods(zip)).toEqual(methods(writeZip(files(), new Set(['sources/opname.mp3']))));
    expect(unzipSync(zip)).toEqual(files());
  });
});

/** An entry of 8 MB whose headers declare 100 bytes. */
function lyingZip(): Uint8Array {
  const zip = zipSync({ 'sources/a.txt': new Uint8Array(8 * 1024 * 1024) });
  const view = new DataView(zip.buffer);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
  }
  return zip;
}
