import { describe, expect, it } from 'vitest';
import { finalLabel, recordsFromImport, speakerSummary } from './edits.ts';
import type { ParsedTranscript } from './types.ts';

const text = 'Titel\n\nWelkom. Wat is normaal?\n\nGewoon.\n\nEn jij?\n\nIk weet het niet';
const parsed: ParsedTranscript = {
  format: 'txt',
  text,
  preambleEnd: 5,
  speakers: [
    { label: 'Gespreksleider', role: 'moderator' },
    { label: 'R1', role: 'participant', roleNote: 'ouder' },
    { label: 'GL', role: 'moderator' },
    { label: 'R2', role: 'participant' },
  ],
  turns: [
    { speakerLabel: 'Gespreksleider', start: 7, end: 30, time: 3 },
    { speakerLabel: 'R1', start: 32, end: 39 },
    { speakerLabel: 'GL', start: 41, end: 48 },
    { speakerLabel: 'R2', start: 50, end: 66 },
  ],
};
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('import choices', () => {
  it('follows merge chains and stops at cycles', () => {
    expect(finalLabel('GL', { GL: { mergeInto: 'Gespreksleider' } })).toBe('Gespreksleider');
    expect(finalLabel('A', { A: { mergeInto: 'B' }, B: { mergeInto: 'C' } })).toBe('C');
    expect(finalLabel('A', { A: { mergeInto: 'B' }, B: { mergeInto: 'A' } })).toBe('A');
  });

  it('merges, renames and assigns perspectives, keeping turns on their text', () => {
    const { document, speakers, turns } = recordsFromImport(parsed, {
      name: 'Ouders',
      sourceHash: 'abc',
      attributes: { perspective: 'ervaringsdeskundige ouders', domein: 'beleid' },
      speakers: { GL: { mergeInto: 'Gespreksleider' }, R2: { name: 'Sanne', perspective: 'onderwijs' } },
    });
    expect(document).toMatchObject({ name: 'Ouders', preambleEnd: 5, attributes: { domein: 'beleid' } });
    expect(speakers.map((s) => [s.label, s.name, s.role])).toEqual([
      ['Gespreksleider', 'Gespreksleider', 'moderator'],
      ['R1', 'R1', 'participant'],
      ['R2', 'Sanne', 'participant'],
    ]);
    expect(speakers[1]!.attributes).toEqual({ rol: 'ouder' });
    expect(speakers[2]!.attributes.perspective).toBe('onderwijs');
    expect(turns.map((t) => speakers.find((s) => s.id === t.speakerId)?.label)).toEqual([
      'Gespreksleider',
      'R1',
      'Gespreksleider',
      'R2',
    ]);
    expect(turns.map((t) => document.text.slice(t.start, t.end))).toEqual([
      'Welkom. Wat is normaal?',
      'Gewoon.',
      'En jij?',
      'Ik weet het niet',
    ]);
    expect(turns[0]!.time).toBe(3);
    expect(turns.every((t) => t.documentId === document.id)).toBe(true);
  });

  it('summarises turns, words and a sample per speaker', () => {
    expect(speakerSummary(parsed, words)).toEqual([
      { label: 'Gespreksleider', turns: 1, words: 4, sample: 'Welkom. Wat is normaal?' },
      { label: 'R1', turns: 1, words: 1, sample: 'Gewoon.' },
      { label: 'GL', turns: 1, words: 2, sample: 'En jij?' },
      { label: 'R2', turns: 1, words: 4, sample: 'Ik weet het niet' },
    ]);
  });
});
