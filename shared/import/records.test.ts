import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse.ts';
import { sha256Hex, toProjectRecords } from './records.ts';
import { summariseSpeakers } from './summary.ts';
import { countWords } from './words.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function parsed(text: string) {
  const r = await parseTranscript('a.txt', utf8(text));
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const TEXT =
  'Verslag\n\nGL: Welkom.\n\nR1 (ouder): Dank je wel.\n\nGespreksleider: Nog iets?\n\nR1 (ouder): Nee – klaar.\n\nGL: Goed.';

describe('toProjectRecords', () => {
  it('creates a document, speakers and turns with fresh ids pointing into the text', async () => {
    const p = await parsed(TEXT);
    const { document, speakers, turns } = toProjectRecords(p, {
      name: 'Groep 2',
      sourceHash: 'abc',
      perspective: 'ervaringsdeskundige ouders',
      attributes: { domein: 'formele hulp' },
      importedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(document).toMatchObject({
      name: 'Groep 2',
      format: 'txt',
      sourceHash: 'abc',
      preambleEnd: 7,
      importedAt: '2025-01-01T00:00:00.000Z',
      attributes: { perspective: 'ervaringsdeskundige ouders', domein: 'formele hulp' },
    });
    expect(speakers.map((s) => [s.label, s.role, s.attributes])).toEqual([
      ['GL', 'moderator', {}],
      ['R1', 'participant', { rol: 'ouder' }],
      ['Gespreksleider', 'moderator', {}],
    ]);
    expect(new Set([document.id, ...speakers.map((s) => s.id), ...turns.map((t) => t.id)]).size).toBe(
      1 + 3 + 5,
    );
    expect(turns.every((t) => t.documentId === document.id)).toBe(true);
    expect(document.text.slice(turns[1]!.start, turns[1]!.end)).toBe('Dank je wel.');
  });

  it('merges, renames and re-roles speakers as chosen in the preview', async () => {
    const p = await parsed(TEXT);
    const { speakers, turns } = toProjectRecords(p, {
      name: 'x',
      sourceHash: 'h',
      speakers: {
        GL: { mergeInto: 'Gespreksleider' },
        Gespreksleider: { name: 'Moderator A' },
        R1: { name: 'Moeder', perspective: 'ervaringsdeskundige ouders', role: 'participant' },
      },
    });
    expect(speakers.map((s) => [s.label, s.name])).toEqual([
      ['Gespreksleider', 'Moderator A'],
      ['R1', 'Moeder'],
    ]);
    expect(speakers[1]!.attributes).toEqual({ rol: 'ouder', perspective: 'ervaringsdeskundige ouders' });
    const moderator = speakers[0]!.id;
    expect(turns.map((t) => t.speakerId === moderator)).toEqual([true, false, true, false, true]);
  });
});

describe('sha256Hex', () => {
  it('hashes bytes like sha256sum', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('countWords', () => {
  it.each([
    ['Nee – klaar.', 2],
    ['€ 5 euro', 2],
    ['  ', 0],
    ['één twee\tdrie\nvier', 4],
    ["zo'n ADHD-meisje, 12", 3],
    ['_ - …', 1],
  ])('%s → %i', (text, words) => expect(countWords(text)).toBe(words));
});

describe('summariseSpeakers', () => {
  it('counts turns and words per speaker with a sample line', async () => {
    const s = summariseSpeakers(await parsed(TEXT));
    expect(s.map((x) => [x.label, x.turns, x.words, x.role, x.sample])).toEqual([
      ['GL', 2, 2, 'moderator', 'Welkom.'],
      ['R1', 2, 5, 'participant', 'Dank je wel.'],
      ['Gespreksleider', 1, 2, 'moderator', 'Nog iets?'],
    ]);
    expect(s[1]!.roleNote).toBe('ouder');
  });
});
