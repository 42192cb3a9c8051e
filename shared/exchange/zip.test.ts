import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip } from './zip.ts';

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
  it('reads an entry by the name it listed, also when that name is not UTF-8 (found by fuzzing)', () => {
    const zip = renameInDirectory(zipSync({ 'project.qde': strToU8('<Project/>') }), 'project.qde', 0x91);
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    const [entry] = opened.data.entries;
    const read = opened.data.read((name) => name === entry!.name);
    expect(read.ok && new TextDecoder().decode(read.data[entry!.name])).toBe('<Project/>');
  });

  it('stops inflating an entry that yields more than its header declares', () => {
    const zip = zipSync({ 'sources/a.txt': new Uint8Array(8 * 1024 * 1024) });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 46 < zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
    }
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.data.read(() => true)).toMatchObject({ ok: false, reason: 'exchange.zip.bomb' });
  });
});
