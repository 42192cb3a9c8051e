import { describe, expect, it } from 'vitest';
import { detectTurnsInPlace } from './inPlace.ts';

describe('detectTurnsInPlace', () => {
  it('finds turns as offsets into the unchanged text, labels and times included', () => {
    const text =
      'Focusgroep 12 maart\n\n[00:00:04] Moeder: Een label.\nNog een regel.\n\nGL: Dank je.\n\n[00:01:00] Moeder: Ja 😀.\n\nGL: Verder.';
    const found = detectTurnsInPlace(text)!;
    expect(found.preambleEnd).toBe(text.indexOf('[00:00:04]'));
    expect(found.speakers).toEqual([
      { label: 'Moeder', role: 'participant' },
      { label: 'GL', role: 'moderator' },
    ]);
    expect(found.turns.map((t) => [t.speakerLabel, text.slice(t.start, t.end), t.time])).toEqual([
      ['Moeder', 'Een label.\nNog een regel.', 4],
      ['GL', 'Dank je.', undefined],
      ['Moeder', 'Ja 😀.', 60],
      ['GL', 'Verder.', undefined],
    ]);
  });

  it('merges consecutive turns of one speaker and keeps a name alone on its line', () => {
    const text = 'Anna\nHallo daar.\n\nBram\nGoedemorgen.\n\nAnna\nNog iets.\n\nBram\nJa.';
    const found = detectTurnsInPlace(text)!;
    expect(found.turns.map((t) => text.slice(t.start, t.end))).toEqual([
      'Hallo daar.',
      'Goedemorgen.',
      'Nog iets.',
      'Ja.',
    ]);
    const merged = 'Anna: Een.\nAnna: Twee.\nBram: Drie.\nBram: Vier.';
    expect(detectTurnsInPlace(merged)!.turns.map((t) => merged.slice(t.start, t.end))).toEqual([
      'Een.\nAnna: Twee.',
      'Drie.\nBram: Vier.',
    ]);
  });

  it('counts Zoom caption times of day from the first caption', () => {
    const text =
      '[Anna de Vries] 14:02:11\nWelkom.\n\n[Bram] 14:02:25\nDank je.\n\n[Anna de Vries] 14:03:01\nGoed.';
    expect(detectTurnsInPlace(text)!.turns.map((t) => t.time)).toEqual([0, 14, 50]);
  });

  it('finds nothing in text without speaker labels', () => {
    expect(detectTurnsInPlace('Let op: dit is een notitie.\n\nGewone tekst, geen sprekers.')).toBeNull();
  });
});
