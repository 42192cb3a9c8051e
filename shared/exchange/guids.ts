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
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The canonical form of a GUID read from a file: lower case, no braces; anything else gets a derived GUID. */
export function normaliseGuid(value: string): string {
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : derivedGuid(`id:${value}`);
}

/** The GUID under which a Koor id is written: itself when it is one, else a stable derived GUID. */
export function exportGuid(id: string): string {
  return normaliseGuid(id);
}
