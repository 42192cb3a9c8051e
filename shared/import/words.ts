/** Counts words: whitespace-separated tokens that contain at least one letter or digit (MANIFEST definition). */
export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680; // prettier-ignore
    if (space) {
      if (inToken && hasWordChar) words++;
      inToken = false;
      hasWordChar = false;
      continue;
    }
    inToken = true;
    if (!hasWordChar) {
      hasWordChar =
        (c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        c === 95 ||
        (c > 127 && /[\p{L}\p{N}\p{M}]/u.test(text[i]!));
    }
  }
  if (inToken && hasWordChar) words++;
  return words;
}
