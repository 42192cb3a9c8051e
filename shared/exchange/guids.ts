/**
 * GUIDs at the REFI-QDA border. Koor ids are GUIDs (see shared/ids.ts); other tools write them in upper case
 * (ATLAS.ti) or in braces. We normalise to lower case without braces, which keeps the identity.
 */

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** True when the string is a GUID in any of the forms REFI-QDA allows. */
export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

/** A deterministic GUID from a seed string (a 128-bit hash shaped as a version-5-like GUID). */
export function derivedGuid(seed: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  // The 32 hex digits of h1…h4, with the version (5) and variant (8–b) digits set, dashed as a GUID.
  const a = hex8(h1);
  const b = hex8(h2);
  const c = hex8(h3);
  const variant = HEX[((c.charCodeAt(0) - (c.charCodeAt(0) > 57 ? 87 : 48)) & 0x3) | 0x8]!;
  return `${a}-${b.slice(0, 4)}-5${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${hex8(h4)}`;
}

const HEX = '0123456789abcdef';
/** Every byte as two lower-case hex digits (Number.prototype.toString(16) was most of derivedGuid's time). */
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => HEX[byte >> 4]! + HEX[byte & 15]!);

/** A 32-bit number as eight lower-case hex digits. */
function hex8(h: number): string {
  return (
    BYTE_HEX[h >>> 24]! + BYTE_HEX[(h >>> 16) & 0xff]! + BYTE_HEX[(h >>> 8) & 0xff]! + BYTE_HEX[h & 0xff]!
  );
}

/** True when `value` is a GUID already in canonical form (36 characters, lower-case hex, dashes in place). */
function isCanonical(value: string): boolean {
  if (value.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45 /* - */) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** The canonical form of a GUID read from a file: lower case, no braces; anything else gets a derived GUID. */
export function normaliseGuid(value: string): string {
  // Nearly every GUID in a file (Koor's own, 100,000 codings) is already canonical: no regex for those.
  if (isCanonical(value)) return value;
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : derivedGuid(`id:${value}`);
}

/** The GUID under which a Koor id is written: itself when it is one, else a stable derived GUID. */
export function exportGuid(id: string): string {
  return normaliseGuid(id);
}
