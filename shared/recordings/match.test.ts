import { describe, expect, it } from 'vitest';
import { matchByBaseName } from './match.ts';

describe('matching recordings to transcripts by name', () => {
  it('links the recording with the transcript of the same base name, once', () => {
    const { pairs, unmatched } = matchByBaseName(
      [{ name: 'Groep 1.MP3' }, { name: 'groep 1.wav' }, { name: 'Ouders.m4a' }, { name: 'los.mp3' }],
      [
        { documentId: 'd1', names: ['groep 1.docx', 'Groep 1'] },
        { documentId: 'd2', names: ['03_ouders.vtt', 'Ouders'] },
      ],
    );
    expect(pairs).toEqual([
      { recording: { name: 'Groep 1.MP3' }, documentId: 'd1' },
      { recording: { name: 'Ouders.m4a' }, documentId: 'd2' },
    ]);
    expect(unmatched).toEqual([{ name: 'groep 1.wav' }, { name: 'los.mp3' }]);
  });
});
