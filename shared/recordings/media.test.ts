import { describe, expect, it } from 'vitest';
import { baseNameOf, isMediaFile, mediaFormatOf } from './media.ts';

describe('recording formats', () => {
  it.each([
    ['gesprek.mp3', 'audio', 'audio/mpeg'],
    ['Gesprek.M4A', 'audio', 'audio/mp4'],
    ['a.wav', 'audio', 'audio/wav'],
    ['a.opus', 'audio', 'audio/ogg'],
    ['a.flac', 'audio', 'audio/flac'],
    ['a.mp4', 'video', 'video/mp4'],
    ['a.webm', 'video', 'video/webm'],
  ])('plays %s as %s', (name, kind, mime) => {
    const result = mediaFormatOf(name);
    expect(result).toEqual({ ok: true, data: { extension: expect.any(String), kind, mime } });
  });

  it.each([
    ['interview.wma', '.wma', '.mp3 / .m4a'],
    ['dictafoon.DSS', '.dss', '.mp3 / .m4a'],
    ['camera.avi', '.avi', '.mp4'],
    ['telefoon.mov', '.mov', '.mp4'],
  ])('names the format of %s and what to convert it to', (name, format, convert) => {
    expect(mediaFormatOf(name)).toEqual({
      ok: false,
      reason: 'recording.unplayable',
      params: { format, convert },
    });
  });

  it('tells recordings from transcripts and links by base name', () => {
    expect(isMediaFile('groep 1.wma')).toBe(true);
    expect(isMediaFile('groep 1.docx')).toBe(false);
    expect(baseNameOf('Groep 1.MP3')).toBe(baseNameOf('groep 1.docx'));
    expect(baseNameOf('map/sub/a.b.vtt')).toBe('a.b');
  });
});
