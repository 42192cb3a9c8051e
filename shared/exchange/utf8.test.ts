import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from './utf8.ts';

const expected = (text: string) => Array.from(new TextEncoder().encode(text));

describe('encodeUtf8', () => {
  it('gives the bytes TextEncoder gives, for ASCII, accents, symbols and emoji', () => {
    for (const text of ['', 'Moeder: ja.', 'één café', 'a’b “c”', '👍 ok', '\u{1F600}'.repeat(3)])
      expect(Array.from(encodeUtf8(text))).toEqual(expected(text));
  });

  it('grows its buffer when the text needs more than it guessed, without splitting a character', () => {
    // Three- and four-byte characters need far more bytes than characters; the first guess is too small.
    for (const text of ['’'.repeat(500), `${'a'.repeat(100)}${'😀'.repeat(200)}`, `x${'€😀'.repeat(333)}y`])
      expect(Array.from(encodeUtf8(text))).toEqual(expected(text));
  });

  it('returns an array of exactly the encoded length', () => {
    const bytes = encodeUtf8('é'.repeat(1000));
    expect(bytes.length).toBe(2000);
    expect(bytes.buffer.byteLength).toBe(2000);
  });
});
