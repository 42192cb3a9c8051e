/**
 * The real-world corpus (tests/fixtures/real-world, made by its generate.ts): every export layout must
 * give exactly the speakers, the turn sequence, the spoken text and the times its manifest names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../shared/import/parse.ts';

type Entry = {
  file: string;
  expected_speakers: string[];
  expected_turns: number;
  turn_speakers: (string | null)[];
  turn_texts: string[];
  times?: number[];
  preamble_contains?: string[];
};

const dir = new URL('../fixtures/real-world/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as { files: Entry[] };
// Meeting exports written by hand after the services' documentation (Rev, Zoom captions, Google Meet).
const meetingDir = new URL('../fixtures/meeting-exports/', import.meta.url);
const meeting = JSON.parse(readFileSync(new URL('MANIFEST.json', meetingDir), 'utf8')) as { files: Entry[] };
const corpus = [
  ...manifest.files.map((f) => [f.file, f, dir] as const),
  ...meeting.files.map((f) => [f.file, f, meetingDir] as const),
];

describe('real-world corpus', () => {
  it('has at least 30 files', () => expect(manifest.files.length).toBeGreaterThanOrEqual(30));

  it.each(corpus)('%s: exact speakers, turns and times', async (_n, entry, folder) => {
    const r = await parseTranscript(entry.file, new Uint8Array(readFileSync(new URL(entry.file, folder))));
    if (!r.ok) throw new Error(`${entry.file}: ${r.reason}`);
    const p = r.data;
    expect(p.speakers.map((s) => s.label)).toEqual(entry.expected_speakers);
    expect(p.turns.map((t) => t.speakerLabel)).toEqual(entry.turn_speakers);
    expect(p.turns).toHaveLength(entry.expected_turns);
    expect(p.turns.map((t) => p.text.slice(t.start, t.end))).toEqual(entry.turn_texts);
    if (entry.times) expect(p.turns.map((t) => t.time)).toEqual(entry.times);
    const preamble = p.text.slice(0, p.preambleEnd);
    for (const part of entry.preamble_contains ?? []) expect(preamble).toContain(part);
  });
});

describe('what was guessed in the meeting exports', () => {
  it('a speaker whose labels carry their own time is not doubted for speaking once (Rev)', async () => {
    const text = readFileSync(new URL('rev_focusgroep_nl.txt', meetingDir), 'utf8');
    const warned = async (t: string) => {
      const r = await parseTranscript('rev.txt', new TextEncoder().encode(t));
      if (!r.ok) throw new Error(r.reason);
      return (r.warnings ?? []).map((w) => [w.key, w.params?.['label']]);
    };
    expect(await warned(text)).toEqual([]);
    // The same rare speaker without times is still pointed out.
    expect(await warned(text.replace(/ \(\d\d:\d\d\):/g, ':'))).toContainEqual([
      'import.unsure.rare',
      'Speaker 8',
    ]);
  });

  it('a Google Meet time line starts the turn after it', async () => {
    const file = 'google_meet_nl.txt';
    const r = await parseTranscript(file, new Uint8Array(readFileSync(new URL(file, meetingDir))));
    if (!r.ok) throw new Error(r.reason);
    const timed = r.data.turns.flatMap((t, i) => (t.time === undefined ? [] : [[i, t.speakerLabel, t.time]]));
    expect(timed).toEqual([
      [0, 'Ilse Bakker', 0],
      [5, 'Noor Hendriks', 300],
    ]);
  });
});
