/**
 * UTF-8 encoding of very large strings. TextEncoder.encode on a 50 MB project.qde took over a second of CPU in
 * Chromium (the string is copied and converted twice before it lands in the array); encodeInto writes straight
 * into an array and took a fifth of that. The array is sized for mostly-ASCII text (a Dutch transcript is) and
 * grows when the text needs more.
 */
const encoder = new TextEncoder();

/** The same bytes as `new TextEncoder().encode(text)`. */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  let buffer = new Uint8Array(Math.ceil(text.length * 1.1) + 16);
  let written = 0;
  let rest = text;
  for (;;) {
    const step = encoder.encodeInto(rest, buffer.subarray(written));
    written += step.written;
    if (step.read === rest.length) break;
    // encodeInto stops before a character that does not fit (never within one): go on from there.
    rest = rest.slice(step.read);
    const grown = new Uint8Array(Math.max(buffer.length * 2, written + rest.length * 3));
    grown.set(buffer.subarray(0, written));
    buffer = grown;
  }
  return buffer.slice(0, written);
}
