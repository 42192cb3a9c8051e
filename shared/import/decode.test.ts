import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { parseTranscript } from './parse.ts';

const SAMPLE = 'Gespreksleider: Café, één idee.\nRenée: Ja, dat weet ik.';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Windows-1252 for the Latin-1 range used here (é = 0xE9, ë = 0xEB). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText: encodings', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8-bom'],
    ['UTF-16LE with BOM', utf16(SAMPLE, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(SAMPLE, true), 'utf-16be'],
    ['Windows-1252 (é, ë)', cp1252(SAMPLE), 'windows-1252'],
  ])('%s', (_name, bytes, encoding) => {
    const r = decodeText(bytes);
    expect(r).toEqual({ ok: true, data: { text: SAMPLE, encoding } });
  });

  it('decodes Windows-1252 curly quotes and euro sign', () => {
    const r = decodeText(new Uint8Array([0x93, 0x80, 0x35, 0x94, 0x20, 0xeb]));
    expect(r.ok && r.data.text).toBe('“€5” ë');
  });
});

describe('decodeText: line endings', () => {
  it.each([
    ['LF', 'a\nb\n\nc'],
    ['CRLF', 'a\r\nb\r\n\r\nc'],
    ['CR', 'a\rb\r\rc'],
    ['mixed', 'a\r\nb\n\rc'],
  ])('%s becomes LF', (_name, text) => {
    const r = decodeText(utf8(text));
    expect(r.ok && r.data.text).toBe('a\nb\n\nc');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('a transcript with %s line endings gives the same turns', async (_name, eol) => {
    const text = ['Jan: Hallo.', '', 'Piet: Dag.', 'Nog iets.', '', 'Jan: Ja.'].join(eol);
    const r = await parseTranscript('a.txt', utf8(text));
    expect(r.ok && r.data.text).toBe('Hallo.\n\nDag. Nog iets.\n\nJa.');
    expect(r.ok && r.data.turns.map((t) => t.speakerLabel)).toEqual(['Jan', 'Piet', 'Jan']);
  });
});

describe('decodeText: refusals', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'import.empty'],
    ['only whitespace', utf8(' \n\r\n\t'), 'import.empty'],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), 'import.binary'],
    [
      'many control characters',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      'import.binary',
    ],
  ])('%s', (_name, bytes, reason) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason });
  });
});
