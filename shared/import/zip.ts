/**
 * Reading zip-based documents (docx, odt) safely: the central directory is checked before anything
 * is inflated (entry count, declared total size, compression ratio, unsafe paths), and every entry
 * is then inflated in small steps so that an entry that expands beyond its declared size is caught
 * after at most one step (a lying header cannot exhaust memory).
 */
import { Inflate } from 'fflate';
import type { Result } from '../model.ts';

export type ZipLimits = {
  /** Sum of the uncompressed sizes of all entries, in bytes. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Highest compression ratio accepted for an entry larger than 1 MB. */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
};

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
};

const STEP = 16 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const corrupt = { ok: false as const, reason: 'import.corruptZip' };

/** True when the bytes begin as a zip archive does ("PK"), as every .docx and .odt must. */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]!);
}

/** True for an entry name that could escape the folder it is unpacked into. */
export function isUnsafeEntryName(name: string): boolean {
  return /(^|[\\/])\.\.([\\/]|$)/.test(name) || /^([\\/]|[a-z]:)/i.test(name);
}

/** Lists a zip archive's entries from its central directory and enforces the limits (nothing inflated yet). */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ZipEntry[]> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_558); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return corrupt;
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return corrupt; // ZIP64: never needed for a transcript
  if (count > limits.maxEntries) return { ok: false, reason: 'import.zipBomb' };
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) return corrupt;
    const flags = u16(bytes, offset + 8);
    const method = u16(bytes, offset + 10);
    const compressedSize = u32(bytes, offset + 20);
    const size = u32(bytes, offset + 24);
    const nameLength = u16(bytes, offset + 28);
    const extra = u16(bytes, offset + 30) + u16(bytes, offset + 32);
    const local = u32(bytes, offset + 42);
    const name = utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra;
    if (isUnsafeEntryName(name))
      return { ok: false, reason: 'import.zipUnsafePath', params: { entry: name } };
    if (flags & 1 || (method !== 0 && method !== 8)) return corrupt;
    total += size;
    if (total > limits.maxTotalBytes) return { ok: false, reason: 'import.zipBomb' };
    if (size > 1024 * 1024 && size > compressedSize * limits.maxRatio)
      return { ok: false, reason: 'import.zipBomb' };
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return corrupt;
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) return corrupt;
    entries.push({ name, method, compressedSize, size, dataStart });
  }
  return { ok: true, data: entries };
}

/** Inflates one entry, refusing it as soon as it yields more than its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, keep = true): Result<Uint8Array> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return entry.size === data.length ? { ok: true, data } : corrupt;
  const out = keep ? new Uint8Array(entry.size) : undefined;
  let produced = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > entry.size) overflow = true;
    else out?.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += STEP) {
      const end = Math.min(at + STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return corrupt;
  }
  if (overflow) return { ok: false, reason: 'import.zipBomb' };
  if (produced !== entry.size) return corrupt;
  return { ok: true, data: out ?? new Uint8Array(0) };
}

/** Compressed bytes handed to the native inflater at a time: what one step may yield is bounded by this. */
const NATIVE_STEP = 64 * 1024;

/**
 * Inflates one entry as readZipEntry does, with the platform's own zlib (DecompressionStream) where there is one:
 * several times faster than inflating in JavaScript on a study-sized project. The compressed bytes go in a
 * step at a time and the entry is refused as soon as it yields more than its declared size. Whatever the
 * native inflater refuses otherwise (or where it does not exist) is read by readZipEntry, so every verdict on
 * a damaged entry stays readZipEntry's.
 */
export async function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Result<Uint8Array>> {
  const native = typeof DecompressionStream !== 'undefined' && bytes.buffer instanceof ArrayBuffer;
  if (entry.method !== 8 || !native) return readZipEntry(bytes, entry);
  // Not shared memory (checked above), which the stream would refuse.
  const data = bytes.subarray(
    entry.dataStart,
    entry.dataStart + entry.compressedSize,
  ) as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(entry.size);
  let produced = 0;
  let overflow = false;
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const write = async () => {
    for (let at = 0; at < data.length; at += NATIVE_STEP)
      await writer.write(data.subarray(at, Math.min(at + NATIVE_STEP, data.length)));
    await writer.close();
  };
  const read = async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (produced + chunk.value.length > entry.size) {
        overflow = true;
        await reader.cancel();
        return;
      }
      out.set(chunk.value, produced);
      produced += chunk.value.length;
    }
  };
  // The writer fails once the reader cancels (or the data is damaged); the outcome is told by what was read.
  const outcome = await Promise.allSettled([write(), read()]);
  if (overflow) return { ok: false, reason: 'import.zipBomb' };
  if (outcome.some((o) => o.status === 'rejected') || produced !== entry.size)
    return readZipEntry(bytes, entry);
  return { ok: true, data: out };
}

/**
 * Checks a whole archive (limits, then every entry inflated within its declared size) and returns the
 * contents of the wanted entries (missing ones are absent from the map).
 */
export function openZip(
  bytes: Uint8Array,
  wanted: string[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Result<Map<string, Uint8Array>> {
  const listed = listZip(bytes, limits);
  if (!listed.ok) return listed;
  const files = new Map<string, Uint8Array>();
  for (const entry of listed.data) {
    const keep = wanted.includes(entry.name);
    const read = readZipEntry(bytes, entry, keep);
    if (!read.ok) return read;
    if (keep) files.set(entry.name, read.data);
  }
  return { ok: true, data: files };
}

const latin1 = new TextDecoder('latin1');
const DECLARATION = /<!DOCTYPE|<!ENTITY/i;

/** True when an XML part declares a DOCTYPE or entities: never in docx/odt, the root of XXE and "billion laughs". */
export function declaresEntities(xml: Uint8Array): boolean {
  // Byte-wise (UTF-8 or, without its NULs, UTF-16), over the whole part: a long comment cannot hide one.
  return DECLARATION.test(latin1.decode(xml).replace(/\0/g, ''));
}
