/**
 * Fuzzing support: how many inputs to run (FUZZ_RUNS), generators for random and mutated inputs (bytes,
 * text, zips re-packed with fflate), and the checks every parser result must pass.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { sharedMessages } from '../../shared/messages.ts';
import type { Result, Warning } from '../../shared/model.ts';

/** Inputs per parser: 200 in the normal unit run, FUZZ_RUNS (10,000 in `npm run fuzz`) in the fuzz run. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 200) || 200);

/** No single input may take longer than this (a hang or a quadratic blow-up is a failure). */
export const MAX_MS_PER_INPUT = 1000;

/** Test timeout for one property: generous, the per-input limit is what guards against hangs. */
export const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 200);

const NL = sharedMessages('nl');
const EN = sharedMessages('en');

/** The key itself, or its plural forms (key_one, key_other). */
function known(messages: Record<string, string>, key: string): boolean {
  return key in messages || `${key}_other` in messages;
}

/** A failure reason must be a message the user can read, in Dutch and in English. */
export function expectKnownReason(result: Result<unknown>): void {
  if (result.ok) return;
  expect(known(NL, result.reason), `reason ${result.reason} missing in nl`).toBe(true);
  expect(known(EN, result.reason), `reason ${result.reason} missing in en`).toBe(true);
}

/** Warnings, too, must have messages in both languages. */
export function expectKnownWarnings(warnings: Warning[] | undefined): void {
  for (const w of warnings ?? []) {
    expect(known(NL, w.key), `warning ${w.key} missing in nl`).toBe(true);
    expect(known(EN, w.key), `warning ${w.key} missing in en`).toBe(true);
  }
}

/** Runs one input through a parser, failing when it throws or takes longer than MAX_MS_PER_INPUT. */
export async function timed<T>(run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  expect(ms, `one input took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  return result;
}

/** Which part of a parser's RUNS inputs a property takes: a quarter random bytes, a quarter random text, half mutated. */
export type Share = 'bytes' | 'text' | 'mutated';
const SHARE: Record<Share, number> = { bytes: 0.25, text: 0.25, mutated: 0.5 };

/** fast-check parameters for one property, so that a parser's properties together run RUNS inputs. */
export function params<T>(share: Share): fc.Parameters<T> {
  return { numRuns: Math.ceil(RUNS * SHARE[share]), endOnFailure: true };
}

const ROOT = path.resolve(import.meta.dirname, '../fixtures');

/** The bytes of a fixture under tests/fixtures/. */
export function fixture(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ROOT, relative)));
}

/** All files under a fixture folder, keyed by their path inside it ('/' separated). */
export function fixtureFolder(relative: string): Record<string, Uint8Array> {
  const base = path.join(ROOT, relative);
  const out: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(base, full).split(path.sep).join('/')] = new Uint8Array(readFileSync(full));
    }
  };
  walk(base);
  return out;
}

/** One edit of a byte string: flip bits, overwrite, insert, delete, duplicate a range, or truncate. */
type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'truncate'; at: number };

// Unbiased: fast-check's bias towards 0 would make most edits hit the first byte (and truncate to nothing).
const position = fc.noBias(fc.nat(999_999)).map((n) => n / 1_000_000);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('set' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: position,
    length: fc.integer({ min: 1, max: 256 }),
    to: position,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

// Mostly one or two edits, so most mutants stay close to a valid file and reach deep into the parser.
const someEdits = fc.oneof(
  { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.array(mutation, { minLength: 3, maxLength: 8 }) },
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  const at = Math.floor(m.at * (n + 1));
  switch (m.kind) {
    case 'flip':
    case 'set': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      const i = Math.min(at, n - 1);
      out[i] = m.kind === 'flip' ? out[i]! ^ m.mask : m.value;
      return out;
    }
    case 'insert': {
      const out = new Uint8Array(n + m.bytes.length);
      out.set(bytes.subarray(0, at));
      out.set(m.bytes, at);
      out.set(bytes.subarray(at), at + m.bytes.length);
      return out;
    }
    case 'delete': {
      const out = new Uint8Array(n - Math.min(m.length, n - at));
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(at + m.length), at);
      return out;
    }
    case 'duplicate': {
      const piece = bytes.subarray(at, at + m.length);
      const to = Math.floor(m.to * (n + 1));
      const out = new Uint8Array(n + piece.length);
      out.set(bytes.subarray(0, to));
      out.set(piece, to);
      out.set(bytes.subarray(to), to + piece.length);
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

/** One to eight mutations of one of the given seeds. */
export function mutated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([seed, edits]) => edits.reduce(apply, seed));
}

/** Zips with one entry's content mutated (then re-zipped), or the zip's own bytes mutated. */
export function mutatedZip(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const unpacked = seeds.map((s) => unzipSync(s));
  const repacked = fc
    .tuple(fc.constantFrom(...unpacked), position, someEdits, fc.boolean())
    .map(([files, which, edits, store]) => {
      const names = Object.keys(files);
      const target = names[Math.floor(which * names.length)]!;
      const copy: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
      for (const name of names) copy[name] = [files[name]!, { level: store ? 0 : 6 }];
      copy[target] = [edits.reduce(apply, files[target]!), { level: store ? 0 : 6 }];
      return zipSync(copy);
    });
  return fc.oneof(repacked, mutated(seeds));
}

const XML_VALUES = [
  '',
  '-1',
  '0',
  '99999999999',
  '1e308',
  'NaN',
  '3.5',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&unknown;',
  '<',
  '"',
  "'",
  '00000000-0000-0000-0000-000000000000',
  'internal://x.txt',
  '../../etc/passwd',
  '#GGGGGG',
  '😀'.repeat(5),
];

/** XML with the value of one attribute or text node replaced: the structure stays, the data goes wild. */
export function mutatedXml(seeds: readonly string[]): fc.Arbitrary<string> {
  const value = fc.oneof(fc.constantFrom(...XML_VALUES), fc.string({ maxLength: 20 }));
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(position, value), { minLength: 1, maxLength: 4 }))
    .map(([seed, edits]) =>
      edits.reduce((xml, [at, replacement]) => {
        const slots = [...xml.matchAll(/"([^"<]*)"|>([^<]*)</g)];
        const slot = slots[Math.floor(at * slots.length)];
        if (!slot || slot.index === undefined) return xml;
        const start = slot.index + 1;
        const end = slot.index + slot[0].length - 1;
        return xml.slice(0, start) + replacement + xml.slice(end);
      }, seed),
    );
}

/** Random bytes, including long runs of one value. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 20_000 }))
    .map(([b, n]) => new Uint8Array(n).fill(b)),
);

/** Random text: any code units (lone surrogates included), full Unicode, or tokens a format uses. */
export function randomText(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 500,
    }),
    fc
      .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 8 })), { maxLength: 300 })
      .map((t) => t.join('')),
  );
}

/** Text as UTF-8 bytes (lone surrogates become U+FFFD). */
export function utf8(text: string): Uint8Array {
  return strToU8(text);
}
