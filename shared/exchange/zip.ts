/**
 * Zip at the border: .qdpx files are untrusted. Every limit is checked on the declared sizes in the
 * central directory BEFORE anything is inflated, and fflate inflates into a buffer of the declared size,
 * so a lying header cannot make us allocate more than the limits allow.
 */
import { unzipSync, Zip, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import type { Result } from '../model.ts';
import { inflateZipEntry, listZip, readZipEntry, type ZipEntry } from '../import/zip.ts';

export type ZipLimits = {
  /** Most entries a zip may have. */
  maxEntries: number;
  /** Most bytes all entries may declare together when inflated. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio of one entry (a zip bomb compresses far better than text). */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

export type ZipEntryInfo = { name: string; size: number; originalSize: number };

/** Entries (name → bytes) of a zip, read lazily after the whole directory was checked. */
export type SafeZip = {
  entries: ZipEntryInfo[];
  /** Inflates the entries whose names pass the filter. */
  read: (wanted: (name: string) => boolean) => Result<Record<string, Uint8Array>>;
  /** The same as `read`, with the same answers, inflating with the platform's zlib where it has one (faster). */
  readAsync: (wanted: (name: string) => boolean) => Promise<Result<Record<string, Uint8Array>>>;
};

/** True when an entry name would escape the folder it is extracted to. */
export function isUnsafeEntryName(name: string): boolean {
  const normal = name.replace(/\\/g, '/');
  return (
    normal.startsWith('/') ||
    /^[a-zA-Z]:/.test(normal) ||
    normal.split('/').some((part) => part === '..') ||
    normal.includes('\0')
  );
}

/** Opens a zip after checking its directory: not a zip, unsafe names, too many entries, a bomb → refused. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<SafeZip> {
  if (bytes.length === 0) return { ok: false, reason: 'exchange.zip.empty' };
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { ok: false, reason: 'exchange.zip.notZip' };
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    return { ok: false, reason: 'exchange.zip.notZip' };
  }
  if (entries.length > limits.maxEntries) {
    return {
      ok: false,
      reason: 'exchange.zip.tooManyEntries',
      params: { count: entries.length, limit: limits.maxEntries },
    };
  }
  let total = 0;
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) {
      return { ok: false, reason: 'exchange.zip.unsafeName', params: { name: entry.name.slice(0, 200) } };
    }
    total += entry.originalSize;
    // Small entries may compress well (runs of spaces); only large ones must keep a sane ratio.
    if (entry.originalSize > 1024 * 1024 && entry.originalSize > limits.maxRatio * Math.max(1, entry.size)) {
      return { ok: false, reason: 'exchange.zip.bomb', params: { name: entry.name.slice(0, 200) } };
    }
  }
  if (total > limits.maxTotalBytes) {
    return {
      ok: false,
      reason: 'exchange.zip.tooLarge',
      params: { size: total, limit: limits.maxTotalBytes },
    };
  }
  return {
    ok: true,
    data: {
      entries,
      read: (wanted) => readEntries(bytes, entries, wanted),
      readAsync: (wanted) => readEntriesAsync(bytes, entries, wanted),
    },
  };
}

const UNLIMITED = { maxEntries: Infinity, maxTotalBytes: Infinity, maxRatio: Infinity };

/**
 * Inflates the wanted entries in small steps, each refused as soon as it yields more than its declared
 * size: a header that lies about a huge entry costs one step, not a frozen window (unzipSync would
 * inflate the whole stream into its too-small buffer).
 */
function readEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  wanted: (name: string) => boolean,
): Result<Record<string, Uint8Array>> {
  const listed = listEntries(bytes, entries);
  if (!listed.ok) return listed;
  const files: Record<string, Uint8Array> = {};
  for (const [name, entry] of listed.data) {
    if (!wanted(name)) continue;
    const read = entryResult(name, readZipEntry(bytes, entry));
    if (!read.ok) return read;
    files[name] = read.data;
  }
  return { ok: true, data: files };
}

/** readEntries with the platform's inflater (inflateZipEntry): the same entries, the same refusals. */
async function readEntriesAsync(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  wanted: (name: string) => boolean,
): Promise<Result<Record<string, Uint8Array>>> {
  const listed = listEntries(bytes, entries);
  if (!listed.ok) return listed;
  const files: Record<string, Uint8Array> = {};
  for (const [name, entry] of listed.data) {
    if (!wanted(name)) continue;
    const read = entryResult(name, await inflateZipEntry(bytes, entry));
    if (!read.ok) return read;
    files[name] = read.data;
  }
  return { ok: true, data: files };
}

/** The directory's entries with where their data lies, under the names fflate listed. */
function listEntries(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): Result<[string, ZipEntry][]> {
  const listed = listZip(bytes, UNLIMITED);
  if (!listed.ok) return { ok: false, reason: 'exchange.zip.corrupt', params: { detail: listed.reason } };
  // Both listings walk the central directory in order; names are taken from fflate's (it decodes
  // non-UTF-8 names as Latin-1), so they always match the caller's.
  if (listed.data.length !== entries.length)
    return { ok: false, reason: 'exchange.zip.corrupt', params: { detail: 'central directory' } };
  return { ok: true, data: listed.data.map((entry, index) => [entries[index]!.name, entry]) };
}

/** One entry's inflated bytes, or why the file is refused for it. */
function entryResult(name: string, read: Result<Uint8Array>): Result<Uint8Array> {
  if (read.ok) return read;
  return read.reason === 'import.zipBomb'
    ? { ok: false, reason: 'exchange.zip.bomb', params: { name: name.slice(0, 200) } }
    : { ok: false, reason: 'exchange.zip.corrupt', params: { detail: name.slice(0, 200) } };
}

/**
 * Writes a zip from named entries: text entries are deflated (level 1, for speed on large projects); those named
 * in `stored` (recordings, already compressed) are stored as they are.
 */
export function writeZip(
  files: Record<string, Uint8Array>,
  stored: ReadonlySet<string> = new Set(),
): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files))
    zippable[name] = [data, { level: stored.has(name) ? 0 : 1 }];
  return zipSync(zippable);
}

/**
 * writeZip with the platform's zlib (CompressionStream, at its default level) where there is one: on a
 * study-sized project deflating in JavaScript took most of the export's time. The zip is put together by
 * fflate's streaming Zip, which writes each entry's sizes and CRC in a data descriptor after its data. Java's
 * ZipInputStream (and tools built on it) refuses a stored entry with a data descriptor, so a zip with stored
 * entries (recordings) is written by writeZip, whose headers hold the sizes.
 */
export async function writeZipAsync(
  files: Record<string, Uint8Array>,
  stored: ReadonlySet<string> = new Set(),
): Promise<Uint8Array> {
  const storing = Object.keys(files).some((name) => stored.has(name));
  if (typeof CompressionStream === 'undefined' || storing) return writeZip(files, stored);
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = stored.has(name) ? new ZipPassThrough(name) : new Deflated(name, await deflateRaw(data));
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  if (failures.length) throw failures[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Deflates bytes (raw, as a zip entry holds them) with the platform's CompressionStream. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // A failure shows on the reading side as well, where it is thrown.
  writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/** A zip entry deflated beforehand: fflate computes its CRC and size from the bytes pushed, and writes these. */
class Deflated extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(name);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}
