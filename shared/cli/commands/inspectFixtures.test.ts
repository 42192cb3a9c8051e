import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseTranscript } from '../../import/parse.ts';
import { spokenWords, summariseSpeakers } from '../../import/summary.ts';
import { main } from '../main.ts';
import type { InspectReport } from './inspect.ts';

type Passage = { quote: string; speaker: string; turn_index: number; char_offset_in_turn: number };
type FixtureEntry = {
  file: string;
  moderator: string;
  expected_turns: number;
  expected_speakers: string[];
  turns_per_speaker: Record<string, number>;
  word_count: number;
  words_per_speaker: Record<string, number>;
  speaker_roles?: Record<string, string>;
  passages: Passage[];
};

const dir = new URL('../../../tests/fixtures/transcripts/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as { files: FixtureEntry[] };

async function parse(entry: FixtureEntry) {
  const result = await parseTranscript(entry.file, new Uint8Array(readFileSync(new URL(entry.file, dir))));
  if (!result.ok) throw new Error(`${entry.file}: ${result.reason}`);
  return result.data;
}

const within1 = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= expected * 0.01;

describe.each(manifest.files.map((f) => [f.file, f] as const))('fixture %s', (_name, entry) => {
  it('has exactly the expected speakers, in order, and the expected number of turns', async () => {
    const parsed = await parse(entry);
    expect(parsed.speakers.map((s) => s.label)).toEqual(entry.expected_speakers);
    expect(parsed.turns).toHaveLength(entry.expected_turns);
  });

  it('has the expected turns per speaker and words within 1 %', async () => {
    const parsed = await parse(entry);
    const summary = summariseSpeakers(parsed);
    expect(Object.fromEntries(summary.map((s) => [s.label, s.turns]))).toEqual(entry.turns_per_speaker);
    for (const s of summary) expect(within1(s.words, entry.words_per_speaker[s.label]!), s.label).toBe(true);
    expect(within1(spokenWords(parsed), entry.word_count)).toBe(true);
  });

  it('marks the moderator and keeps written roles', async () => {
    const parsed = await parse(entry);
    const moderators = parsed.speakers.filter((s) => s.role === 'moderator').map((s) => s.label);
    expect(moderators).toEqual([entry.moderator]);
    for (const [label, role] of Object.entries(entry.speaker_roles ?? {})) {
      expect(parsed.speakers.find((s) => s.label === label)?.roleNote).toBe(role);
    }
  });

  it('finds every gold quote in the turn it names, at its offset', async () => {
    const parsed = await parse(entry);
    for (const p of entry.passages) {
      const turn = parsed.turns[p.turn_index]!;
      expect(turn.speakerLabel).toBe(p.speaker);
      const text = parsed.text.slice(turn.start, turn.end);
      expect(text.indexOf(p.quote), p.quote).toBe(p.char_offset_in_turn);
    }
  });

  it('keeps spoken text of each turn collapsed and separated by blank lines', async () => {
    const parsed = await parse(entry);
    let previous = parsed.preambleEnd;
    for (const turn of parsed.turns) {
      const text = parsed.text.slice(turn.start, turn.end);
      expect(text).toBe(text.replace(/\s+/g, ' ').trim());
      expect(turn.start).toBe(previous === 0 && turn === parsed.turns[0] ? 0 : previous + 2);
      previous = turn.end;
    }
    for (let i = 1; i < parsed.turns.length; i++) {
      expect(parsed.turns[i]!.speakerLabel).not.toBe(parsed.turns[i - 1]!.speakerLabel);
    }
  });
});

describe('koor inspect --json on every fixture', () => {
  it('gives exactly the MANIFEST speakers and turns, and words within 1 %', async () => {
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const files = manifest.files.map((f) => fileURLToPath(new URL(f.file, dir)));
    const code = await main(['node', 'koor', 'inspect', '--json', ...files]);
    write.mockRestore();
    expect(code).toBe(0);
    const reports = JSON.parse(out) as InspectReport[];
    manifest.files.forEach((entry, i) => {
      const r = reports[i]!;
      expect(r.file).toBe(entry.file);
      expect(r.speakers.map((s) => s.label)).toEqual(entry.expected_speakers);
      expect(r.turns).toBe(entry.expected_turns);
      expect(within1(r.words, entry.word_count)).toBe(true);
      for (const s of r.speakers) {
        expect(s.turns).toBe(entry.turns_per_speaker[s.label]);
        expect(within1(s.words, entry.words_per_speaker[s.label]!)).toBe(true);
        expect(s.role).toBe(s.label === entry.moderator ? 'moderator' : 'participant');
      }
    });
  });
});

describe('a title line above a plain-text fixture', () => {
  const plain = manifest.files.filter((f) => f.file.endsWith('.txt')).map((f) => [f.file, f] as const);

  it.each(plain)(
    '%s: still exactly the MANIFEST speakers and turns, the title before them',
    async (_n, entry) => {
      const title = 'Focusgroep 1: Wat is ieders normaal?';
      const text = `${title}\n\n${readFileSync(new URL(entry.file, dir), 'utf8')}`;
      const result = await parseTranscript(entry.file, new TextEncoder().encode(text));
      if (!result.ok) throw new Error(result.reason);
      const parsed = result.data;
      expect(parsed.speakers.map((s) => s.label)).toEqual(entry.expected_speakers);
      expect(parsed.turns).toHaveLength(entry.expected_turns);
      expect(Object.fromEntries(summariseSpeakers(parsed).map((s) => [s.label, s.turns]))).toEqual(
        entry.turns_per_speaker,
      );
      expect(parsed.text.slice(0, parsed.preambleEnd)).toBe(title);
    },
  );
});

describe('a header block (title, then Label: value lines) above a plain-text fixture', () => {
  const plain = manifest.files.filter((f) => f.file.endsWith('.txt')).map((f) => [f.file, f] as const);
  const header = 'Focusgroep 1: Wat is ieders normaal?\nDatum: 12 maart 2024\nLocatie: Utrecht';

  describe.each([
    ['then a blank line', '\n\n'],
    ['then the first turn', '\n'],
  ])('%s', (_n, gap) => {
    it.each(plain)(
      '%s: still exactly the MANIFEST speakers and turns, the header before them',
      async (_f, entry) => {
        const text = `${header}${gap}${readFileSync(new URL(entry.file, dir), 'utf8')}`;
        const result = await parseTranscript(entry.file, new TextEncoder().encode(text));
        if (!result.ok) throw new Error(result.reason);
        const parsed = result.data;
        expect(parsed.speakers.map((s) => s.label)).toEqual(entry.expected_speakers);
        expect(parsed.turns).toHaveLength(entry.expected_turns);
        expect(Object.fromEntries(summariseSpeakers(parsed).map((s) => [s.label, s.turns]))).toEqual(
          entry.turns_per_speaker,
        );
        expect(parsed.text.slice(0, parsed.preambleEnd)).toBe(header);
      },
    );
  });
});
