import { describe, expect, it } from 'vitest';
import { derivedGuid, isGuid, normaliseGuid } from './guids.ts';

// The routines as they were before their fast paths: every answer must stay the same, or ids read from
// and written to files would change.
const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

function referenceDerived(seed: string): string {
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

function referenceNormalise(value: string): string {
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : referenceDerived(`id:${value}`);
}

/** A deterministic stream of pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('GUIDs', () => {
  it('derives the same GUID as before for any seed', () => {
    const next = random(1);
    const alphabet = 'abcdef0123456789:-{} éß😀\u0000';
    const seeds = ['', 'coder:import', 'selection:3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'variable:Leeftijd'];
    for (let i = 0; i < 5_000; i++) {
      let seed = '';
      const length = Math.floor(next() * 60);
      for (let k = 0; k < length; k++) seed += alphabet[Math.floor(next() * alphabet.length)];
      seeds.push(seed);
    }
    for (const seed of seeds) expect(derivedGuid(seed), seed).toBe(referenceDerived(seed));
    expect(derivedGuid('coder:import')).toBe('ffdc232c-5f2d-5202-bd16-27f39d50526e');
  });

  it('normalises every form of GUID, and anything else, as before', () => {
    const next = random(2);
    const hex = () => Math.floor(next() * 16).toString(16);
    const values = ['', ' ', '{}', 'not a guid', '3F2504E0-4F89-11D3-9A0C-0305E82C3301'];
    for (let i = 0; i < 5_000; i++) {
      let guid = '';
      for (let k = 0; k < 36; k++) guid += [8, 13, 18, 23].includes(k) ? '-' : hex();
      values.push(guid, guid.toUpperCase(), `{${guid}}`, ` ${guid}\n`, `{${guid.toUpperCase()}`);
      // Near misses: one character changed, moved or cut.
      const at = Math.floor(next() * 36);
      values.push(guid.slice(0, at) + 'g' + guid.slice(at + 1), guid.slice(0, at) + guid.slice(at + 1) + '0');
      values.push(guid.slice(0, 35), `${guid}0`, guid.replace(/-/g, '0'));
    }
    for (const value of values) {
      expect(normaliseGuid(value), JSON.stringify(value)).toBe(referenceNormalise(value));
      expect(isGuid(value)).toBe(GUID.test(value.trim()));
    }
  });
});
