/**
 * Offsets at the REFI-QDA border: Koor counts UTF-16 code units, REFI-QDA counts Unicode code points.
 * An emoji is two code units but one code point, so every offset after it shifts by one.
 */

export type OffsetMap = {
  /** Code-point position of a UTF-16 offset. */
  toCodePoint: (utf16: number) => number;
  /** UTF-16 offset of a code-point position (clamped to the text). */
  toUtf16: (codePoint: number) => number;
  /** Length of the text in code points. */
  codePointLength: number;
};

const SURROGATE = /[\uD800-\uDFFF]/;

/** Builds the offset conversion for one text; identity (and free) when the text has no astral characters. */
export function offsetMap(text: string): OffsetMap {
  if (!SURROGATE.test(text)) {
    const n = text.length;
    return {
      toCodePoint: (i) => Math.max(0, Math.min(i, n)),
      toUtf16: (cp) => Math.max(0, Math.min(cp, n)),
      codePointLength: n,
    };
  }
  const n = text.length;
  // cpAt[i] = code points before UTF-16 offset i; unitAt[c] = UTF-16 offset of code point c.
  const cpAt = new Uint32Array(n + 1);
  const unitAt = new Uint32Array(n + 1);
  let cp = 0;
  let i = 0;
  while (i < n) {
    unitAt[cp] = i;
    cpAt[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      // An offset inside a pair belongs to the character it splits.
      cpAt[i + 1] = cp;
      i += 2;
    } else {
      i += 1;
    }
    cp += 1;
  }
  cpAt[n] = cp;
  unitAt[cp] = n;
  const length = cp;
  return {
    toCodePoint: (u) => cpAt[Math.max(0, Math.min(u, n))]!,
    toUtf16: (c) => unitAt[Math.max(0, Math.min(c, length))]!,
    codePointLength: length,
  };
}
