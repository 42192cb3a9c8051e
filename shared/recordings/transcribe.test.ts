import { describe, expect, it } from 'vitest';
import { composeTranscript, draftsOf, insertAt, resumeTime, timeMark, type DraftTurn } from './transcribe.ts';

const drafts: DraftTurn[] = [
  { id: 't1', speakerId: 'anna', time: 0, text: 'Welkom allemaal.' },
  { id: 't2', speakerId: 'bram', time: 5.2, text: 'Dank je.\nIk begin.' },
  { id: 't3', speakerId: null, text: '' },
];

describe('transcription mode', () => {
  it('stores typed turns as a document whose turns point at their words, and reads them back', () => {
    const { text, turns } = composeTranscript('doc', drafts);
    expect(text).toBe('Welkom allemaal.\n\nDank je.\nIk begin.\n\n');
    expect(turns.map((t) => text.slice(t.start, t.end))).toEqual([
      'Welkom allemaal.',
      'Dank je.\nIk begin.',
      '',
    ]);
    expect(turns.map((t) => [t.speakerId, t.time])).toEqual([
      ['anna', 0],
      ['bram', 5.2],
      [null, undefined],
    ]);
    expect(draftsOf(text, [...turns].reverse())).toEqual(drafts);
  });

  it('puts a new turn after the one being typed, or before a later one when started earlier', () => {
    expect(insertAt(drafts.slice(0, 2), 1, 9)).toBe(2);
    expect(insertAt(drafts.slice(0, 2), 0, 9)).toBe(2);
    expect(insertAt(drafts.slice(0, 2), 0, 3)).toBe(1);
    expect(insertAt([], -1, 3)).toBe(0);
  });

  it('marks the time as f4 does and rewinds on resume, never before the start', () => {
    expect(timeMark(83.6)).toBe('[00:01:23]');
    expect(resumeTime(10, 2)).toBe(8);
    expect(resumeTime(1, 2)).toBe(0);
    expect(resumeTime(10, 0)).toBe(10);
  });
});
