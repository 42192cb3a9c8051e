/**
 * Word boundaries for Dutch text. A word is a run of letters, combining marks and digits (any script, so é, ë
 * and ï stay inside the word), joined across a single apostrophe or hyphen ("zo'n", "ouder-kind").
 */

const NOT_WORD = 1;
const WORD = 2;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Lazily filled classes of the Basic Multilingual Plane: 0 unknown, 1 not a word character, 2 word character. */
const classes = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  let cls = classes[code]!;
  if (cls === 0) {
    cls = LETTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    classes[code] = cls;
  }
  return cls === WORD;
}

/** Length (1 or 2 code units) of the word character at i, or 0 when there is none. */
function wordCharLength(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  return isWordCode(code) ? 1 : 0;
}

const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;

/** Calls onWord(start, end) for every word of text[from, to). */
export function scanWords(
  text: string,
  onWord: (start: number, end: number) => void,
  from = 0,
  to = text.length,
): void {
  let i = from;
  while (i < to) {
    let len = wordCharLength(text, i, to);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    i += len;
    for (;;) {
      if (i < to && (len = wordCharLength(text, i, to)) > 0) {
        i += len;
      } else if (i + 1 < to && isJoiner(text.charCodeAt(i)) && wordCharLength(text, i + 1, to) > 0) {
        i += 1;
      } else {
        break;
      }
    }
    onWord(start, i);
  }
}

/** The start offsets of the words of a text, ascending. */
export function wordStarts(text: string, from = 0, to = text.length): Int32Array {
  const starts: number[] = [];
  scanWords(text, (start) => starts.push(start), from, to);
  return Int32Array.from(starts);
}

/** The number of values in a sorted array that are below x (binary search). */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of a text, lowercased, with their offsets. */
export function tokenize(text: string): { word: string; start: number; end: number }[] {
  const tokens: { word: string; start: number; end: number }[] = [];
  scanWords(text, (start, end) => tokens.push({ word: text.slice(start, end).toLowerCase(), start, end }));
  return tokens;
}
