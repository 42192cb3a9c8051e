import type { Result } from '../model.ts';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes/characters are examined to tell text from binary. */
const SNIFF = 64 * 1024;

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** True when more than 2 % of the first characters are control characters other than tab/newline/form feed. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0 || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, n * 0.02);
}

/** Line endings CRLF and CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Code points of the bytes 0x80–0x9F in Windows-1252 (undefined bytes keep their C1 value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]; // prettier-ignore

/**
 * Windows-1252 by table: some Node versions decode the label "windows-1252" as Latin-1, which turns
 * curly quotes and € into invisible control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let at = 0; at < bytes.length; at += codes.length) {
    const n = Math.min(codes.length, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, n)));
  }
  return chunks.join('');
}

const UTF32_BOMS = [
  [0xff, 0xfe, 0x00, 0x00],
  [0x00, 0x00, 0xfe, 0xff],
];

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * Decodes a text file: BOMs (UTF-8, UTF-16LE/BE), UTF-8, else Windows-1252; refuses empty and binary
 * input; line endings become LF.
 */
export function decodeText(bytes: Uint8Array): Result<{ text: string; encoding: TextEncodingName }> {
  if (bytes.length === 0) return { ok: false, reason: 'import.empty' };
  let encoding: TextEncodingName;
  let text: string;
  const b0 = bytes[0];
  const b1 = bytes[1];
  // A UTF-32 BOM (either byte order): TextDecoder cannot read it, and as UTF-16 it would look binary.
  if (UTF32_BOMS.some((bom) => bom.every((b, i) => bytes[i] === b)))
    return { ok: false, reason: 'import.encoding' };
  if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    text = decodeWith('utf-16le', bytes, false);
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    text = decodeWith('utf-16be', bytes, false);
  } else {
    if (hasNul(bytes)) return { ok: false, reason: 'import.binary' };
    const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
    // Lenient decoding is faster than strict (in Node markedly): without a replacement character in
    // the result the bytes were valid UTF-8; with one, strict decoding decides (the file may contain U+FFFD).
    const lenient = decodeWith('utf-8', bytes, false);
    try {
      text = lenient.includes('\ufffd') ? decodeWith('utf-8', bytes, true) : lenient;
      encoding = bom ? 'utf-8-bom' : 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) return { ok: false, reason: 'import.binary' };
  if (text.trim() === '') return { ok: false, reason: 'import.empty' };
  return { ok: true, data: { text: normaliseNewlines(text), encoding } };
}
