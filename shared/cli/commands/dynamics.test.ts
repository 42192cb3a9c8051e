import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../tests/fixtures/transcripts/${name}`, import.meta.url));

type ManifestFile = {
  file: string;
  moderator: string;
  turns_per_speaker: Record<string, number>;
  words_per_speaker: Record<string, number>;
};
const manifest = JSON.parse(readFileSync(fixture('MANIFEST.json'), 'utf8')) as { files: ManifestFile[] };

type Json = {
  document: string;
  speakers: { label: string; role: string; turns: number; words: number; share: number }[];
  moderatorShare: number;
  gini: number | null;
  entropy: number | null;
  transitions: Record<string, Record<string, number>>;
};

let out = '';

beforeEach(() => {
  out = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('koor dynamics --json on the seven fixtures', () => {
  it.each(manifest.files.map((f) => [f.file, f] as const))(
    '%s matches MANIFEST.json',
    async (file, expected) => {
      expect(await main(['node', 'koor', 'dynamics', '--json', fixture(file)])).toBe(0);
      const [document] = JSON.parse(out) as Json[];
      if (!document) throw new Error('no document');
      const turns = Object.fromEntries(document.speakers.map((s) => [s.label, s.turns]));
      expect(turns).toEqual(expected.turns_per_speaker);
      for (const [label, words] of Object.entries(expected.words_per_speaker)) {
        const found = document.speakers.find((s) => s.label === label)?.words ?? 0;
        expect(Math.abs(found - words)).toBeLessThanOrEqual(Math.ceil(words * 0.01));
      }
      expect(document.speakers.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 6);
      expect(document.speakers.find((s) => s.label === expected.moderator)?.role).toBe('moderator');
      const transitions = Object.values(document.transitions).flatMap((row) => Object.values(row));
      const totalTurns = Object.values(expected.turns_per_speaker).reduce((a, b) => a + b, 0);
      expect(transitions.reduce((a, b) => a + b, 0)).toBe(totalTurns - 1);
      expect(document.gini).toBeGreaterThanOrEqual(0);
      expect(document.entropy).toBeLessThanOrEqual(1);
    },
  );

  it('prints a readable summary without --json', async () => {
    expect(await main(['node', 'koor', 'dynamics', fixture('06_onderwijs.srt')])).toBe(0);
    expect(out).toMatch(/Gini \d\.\d{3}/);
  });

  it('fails with exit code 1 on a missing file', async () => {
    expect(await main(['node', 'koor', 'dynamics', fixture('nope.txt')])).toBe(1);
  });
});
