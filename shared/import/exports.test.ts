/** One quirk per row of the export layouts of transcription services, meeting tools and QDA tools. */
import { describe, expect, it } from 'vitest';
import { matchSpeakerLabel } from './labels.ts';
import { parseTranscript } from './parse.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function parse(file: string, text: string) {
  const r = await parseTranscript(file, utf8(text));
  if (!r.ok) throw new Error(r.reason);
  const p = r.data;
  return {
    speakers: p.speakers.map((s) => s.label),
    turns: p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end), t.time ?? null]),
    preamble: p.text.slice(0, p.preambleEnd),
    warnings: (r.warnings ?? []).map((w) => [w.key, w.params?.['label'], w.params?.['line']]),
  };
}

describe('label shapes of services', () => {
  it.each([
    ['Otter unnamed', 'Speaker 3  0:45', 'Speaker 3', '', 45, 'alone'],
    ['Otter after an hour', 'Unknown Speaker  1:00:05', 'Unknown Speaker', '', 3605, 'alone'],
    ['Teams docx guest suffix', 'Bram de Groot (Gast)   0:25', 'Bram de Groot (Gast)', '', 25, 'alone'],
    ['Zoom device name', 'iPhone van Mo: Ja hoor.', 'iPhone van Mo', 'Ja hoor.', undefined, 'colon'],
    ['Zoom device possessive', "Mo's iPad: Yes.", "Mo's iPad", 'Yes.', undefined, 'colon'],
    ['Sonix time after the label', 'Ruth Okafor: [00:00:05] Thanks.', 'Ruth Okafor', 'Thanks.', 5, 'colon'],
    ['Sonix unnamed', 'Speaker2: [00:01:00] Hm.', 'Speaker2', 'Hm.', 60, 'colon'],
    ['MAXQDA glued time', '00:03:40.5Zack: What?', 'Zack', 'What?', 220.5, 'strong'],
    ['Happy Scribe', '[00:00:03.00] - Anna Jansen', 'Anna Jansen', '', 3, 'alone'],
    ['Trint', '[00:00:07] Anna Jansen', 'Anna Jansen', '', 7, 'alone'],
    ['NVivo', '00:00:01 Speaker 1', 'Speaker 1', '', 1, 'alone'],
    ['Amberscript', 'Spreker 1 [00:00:03]', 'Spreker 1', '', 3, 'strong'],
    ['QualCoder lower-case code', '[id1] I think so.', 'id1', 'I think so.', undefined, 'colon'],
    ['QualCoder moderator', '[mod] Welcome.', 'mod', 'Welcome.', undefined, 'colon'],
    [
      'WhisperX diarized',
      '[SPEAKER_00]: Welkom allemaal.',
      'SPEAKER_00',
      'Welkom allemaal.',
      undefined,
      'strong',
    ],
    ['pyannote label', 'SPEAKER_01: Nou.', 'SPEAKER_01', 'Nou.', undefined, 'colon'],
  ])('%s: %s', (_name, line, label, rest, time, kind) => {
    const m = matchSpeakerLabel(line);
    expect(m).toMatchObject({ label, rest, kind });
    expect(m?.time).toBe(time);
  });

  it.each([
    ['a sentence after a time', '[00:05:10] Dat vond ik echt lastig.'],
    ['a stop word in brackets', '[inaudible] and then'],
    ['a lower-case word in brackets', '[lacht] ja'],
    ['keywords line', 'consultatiebureau, chaos, jeugdarts'],
    ['Teams system line', 'Karen Smith started transcription'],
  ])('no label in %s', (_name, line) => {
    const m = matchSpeakerLabel(line);
    expect(m === null || m.kind === 'alone' ? (m?.label ?? null) : m.label).not.toBe(line);
    if (m) expect(m.kind).toBe('alone');
  });
});

describe('what a file says about itself', () => {
  it('Otter: header and footer are front matter, the SPEAKERS list is used', async () => {
    const text = [
      'SUMMARY KEYWORDS',
      'school, label',
      'SPEAKERS',
      'Anna, Speaker 2, Mo',
      '',
      'Anna  0:02',
      'Welkom.',
      '',
      'Speaker 2  0:05',
      'Hoi.',
      '',
      'Mo  0:09',
      'Ik ook.',
      '',
      'Transcribed by https://otter.ai',
    ].join('\n');
    const r = await parse('o.txt', text);
    expect(r.speakers).toEqual(['Anna', 'Speaker 2', 'Mo']);
    expect(r.turns).toEqual([
      ['Anna', 'Welkom.', 2],
      ['Speaker 2', 'Hoi.', 5],
      ['Mo', 'Ik ook.', 9],
    ]);
    expect(r.preamble).toBe(
      'SUMMARY KEYWORDS\nschool, label\nSPEAKERS\nAnna, Speaker 2, Mo\nTranscribed by https://otter.ai',
    );
  });

  it('a declared speaker who never speaks, and a speaker not declared, are warned about at their lines', async () => {
    const text = [
      'Deelnemers: Anna, Mo, Lotte',
      '',
      'Anna: Hoi.',
      'Mo: Hallo.',
      'Anna: Ja.',
      'Mo: Nee.',
      'Fleur: En ik?',
      'Fleur: Ja.',
    ].join('\n');
    const r = await parse('d.txt', text);
    expect(r.speakers).toEqual(['Anna', 'Mo', 'Fleur']);
    expect(r.warnings).toContainEqual(['import.unsure.undeclared', 'Fleur', 7]);
    expect(r.warnings).toContainEqual(['import.unsure.declaredMissing', 'Lotte', 1]);
  });

  it('f4: I:/B: with end-of-paragraph marks; times from the previous mark, the legend declares the codes', async () => {
    const text = [
      'I = Interviewer, B = Befragte',
      '',
      'I: Wie geht es? #00:00:04-2#',
      '',
      'B: Gut. #00:00:09-0#',
      '',
      'I: Schön. #00:00:12-5#',
    ].join('\n');
    const r = await parse('f.txt', text);
    expect(r.turns).toEqual([
      ['I', 'Wie geht es?', 0],
      ['B', 'Gut.', 4.2],
      ['I', 'Schön.', 9],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('Teams .docx system lines are front matter', async () => {
    const text = [
      'Anna heeft de transcriptie gestart',
      'Anna   0:03',
      'Welkom.',
      'Mo   0:07',
      'Dag.',
      'Anna   0:09',
      'Fijn.',
      'Anna heeft de transcriptie gestopt',
    ].join('\n');
    const r = await parse('t.txt', text);
    expect(r.turns.map((t) => t[1])).toEqual(['Welkom.', 'Dag.', 'Fijn.']);
    expect(r.preamble).toContain('gestopt');
  });
});

describe('what was guessed', () => {
  it.each([
    [
      'a label seen once or twice among many',
      ['A: x', 'B: y', 'A: x', 'B: y', 'A: x', 'B: y', 'A: x', 'B: y', 'Carla: z'],
      ['import.unsure.rare', 'Carla', 9],
    ],
    [
      'a label that is also a common word',
      ['Maar: x', 'Anna: y', 'Maar: z', 'Anna: w'],
      ['import.unsure.commonWord', 'Maar', 1],
    ],
    [
      'a one-off name label that was not taken',
      [
        'Anna: x',
        'meer tekst',
        'Mo: y',
        'nog meer',
        'Anna: x',
        'tekst',
        'Mo: y',
        'tekst',
        'Lotte Jansen: iets',
      ],
      ['import.unsure.notTaken', 'Lotte Jansen', 9],
    ],
  ])('%s', async (_name, lines, expected) => {
    const r = await parse('w.txt', lines.join('\n'));
    expect(r.warnings).toContainEqual(expected);
  });

  it('a clean transcript with recurring speakers gets no warnings', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${['Anna', 'Mo', 'Lotte'][i % 3]}: zin ${i}.`);
    expect((await parse('c.txt', lines.join('\n'))).warnings).toEqual([]);
  });
});

describe('subtitle cues', () => {
  const vtt = (cues: string[]) =>
    ['WEBVTT', '', ...cues.flatMap((c, i) => [`00:00:0${i}.000 --> 00:00:0${i + 1}.000`, c, ''])].join('\n');

  it.each([
    [
      'no speakers at all: one turn per cue',
      ['Hallo.', 'Hoe gaat het?', 'Goed.'],
      [
        [null, 'Hallo.', 0],
        [null, 'Hoe gaat het?', 1],
        [null, 'Goed.', 2],
      ],
    ],
    [
      'a voiceless cue between speakers stays its own turn',
      ['<v Anna>Hallo.</v>', 'Hoe gaat het?', '<v Anna>Goed.</v>'],
      [
        ['Anna', 'Hallo.', 0],
        [null, 'Hoe gaat het?', 1],
        ['Anna', 'Goed.', 2],
      ],
    ],
    [
      'same speaker cues merge',
      ['<v Anna>Hallo.</v>', '<v Anna>Hoe gaat het?</v>', '<v Mo>Goed.</v>'],
      [
        ['Anna', 'Hallo. Hoe gaat het?', 0],
        ['Mo', 'Goed.', 2],
      ],
    ],
    [
      'Zoom display name keeps its suffix',
      ['Anna (SL): Hallo.', 'iPhone van Mo: Hoi.', 'Anna (SL): Zo.'],
      [
        ['Anna (SL)', 'Hallo.', 0],
        ['iPhone van Mo', 'Hoi.', 1],
        ['Anna (SL)', 'Zo.', 2],
      ],
    ],
  ])('%s', async (_name, cues, expected) => {
    expect((await parse('s.vtt', vtt(cues))).turns).toEqual(expected);
  });
});

describe('WhisperX with --diarize', () => {
  // WhisperX writes pyannote's speaker ids before each subtitle's text, in .srt, .vtt and .txt alike.
  const cues = [
    [
      '00:00:00,031',
      '00:00:06,100',
      '[SPEAKER_00]: Welkom allemaal. Fijn dat jullie vanavond hier willen zijn.',
    ],
    ['00:00:06,520', '00:00:11,500', '[SPEAKER_01]: Nou, ik begin wel. Ik heb twee zoons.'],
    ['00:00:11,900', '00:00:13,800', '[SPEAKER_00]: Een opluchting. Waarom?'],
    ['00:00:14,200', '00:00:19,300', '[SPEAKER_01]: Omdat ik niet gek was.'],
    ['00:00:19,840', '00:00:23,900', '[SPEAKER_02]: Mag ik daar meteen op reageren?'],
    ['00:00:24,100', '00:00:25,000', '[SPEAKER_00]: Ga je gang.'],
    ['00:00:25,300', '00:00:33,200', '[SPEAKER_02]: Mijn zoon kreeg op zijn negende ADHD-medicatie.'],
    ['00:00:33,770', '00:00:36,400', '[SPEAKER_03]: Handelingsverlegenheid. Prachtig woord.'],
  ];
  const srt = cues.map(([from, to, text], i) => `${i + 1}\n${from} --> ${to}\n${text}\n`).join('\n');
  const txt = cues.map(([, , text]) => text).join('\n');

  it.each([
    ['srt', srt],
    ['vtt', `WEBVTT\n\n${srt.replace(/^\d+\n/gm, '').replace(/(\d),(\d{3})/g, '$1.$2')}`],
    ['txt', txt],
  ])('.%s: the numbered speakers are speakers', async (ext, text) => {
    const p = await parse(`whisperx_ouders_nl.${ext}`, text);
    expect(p.speakers).toEqual(['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_02', 'SPEAKER_03']);
    expect(p.turns.map((t) => t[0])).toEqual(cues.map(([, , text]) => /SPEAKER_\d+/.exec(text!)![0]));
    expect(p.turns[1]).toEqual([
      'SPEAKER_01',
      'Nou, ik begin wel. Ik heb twee zoons.',
      ext === 'txt' ? null : 6.52,
    ]);
    expect(p.warnings.map((w) => w[0])).not.toContain('import.warning.noSpeakers');
  });
});

describe('Whisper and WhisperX .json', () => {
  // As WhisperX writes it with --diarize: words with scores, word_segments after; a segment the
  // diarisation could not place has no speaker.
  const word = (w: string, start: number) => ({ word: w, start, end: start + 0.25, score: 0.91 });
  const whisperx = {
    segments: [
      {
        start: 0.031,
        end: 6.1,
        text: ' Welkom allemaal. Fijn dat jullie er zijn.',
        words: [word('Welkom', 0.031)],
        speaker: 'SPEAKER_00',
      },
      {
        start: 6.52,
        end: 11.5,
        text: ' Nou, ik begin wel.',
        words: [word('Nou,', 6.52)],
        speaker: 'SPEAKER_01',
      },
      { start: 11.9, end: 13.8, text: ' Ik heb twee zoons.', words: [], speaker: 'SPEAKER_01' },
      { start: 14.2, end: 15.0, text: ' Hm.', words: [] },
      { start: 15.3, end: 19.3, text: ' Een opluchting. Waarom?', words: [], speaker: 'SPEAKER_00' },
    ],
    word_segments: [word('Welkom', 0.031)],
    language: 'nl',
  };

  it('WhisperX with --diarize: a turn per speaker with the times of its segments', async () => {
    const p = await parse('whisperx_ouders_nl.json', JSON.stringify(whisperx, null, 2));
    expect(p.speakers).toEqual(['SPEAKER_00', 'SPEAKER_01']);
    expect(p.turns).toEqual([
      ['SPEAKER_00', 'Welkom allemaal. Fijn dat jullie er zijn.', 0.031],
      ['SPEAKER_01', 'Nou, ik begin wel. Ik heb twee zoons.', 6.52],
      [null, 'Hm.', 14.2],
      ['SPEAKER_00', 'Een opluchting. Waarom?', 15.3],
    ]);
  });

  it('Whisper without speakers: a turn per segment, timed, said to have no speakers', async () => {
    const whisper = {
      text: ' Welkom allemaal. Nou, ik begin wel.',
      segments: whisperx.segments.slice(0, 2).map(({ start, end, text }, id) => ({
        id,
        seek: 0,
        start,
        end,
        text,
        tokens: [50364],
        temperature: 0,
        avg_logprob: -0.2,
        no_speech_prob: 0.01,
      })),
      language: 'nl',
    };
    const p = await parse('whisper_ouders_nl.json', JSON.stringify(whisper));
    expect(p.turns).toEqual([
      [null, 'Welkom allemaal. Fijn dat jullie er zijn.', 0.031],
      [null, 'Nou, ik begin wel.', 6.52],
    ]);
    expect(p.warnings.map((w) => w[0])).toEqual(['import.warning.noSpeakers']);
  });
});

describe('the user’s own label pattern', () => {
  it('re-detects with the pattern and only the pattern', async () => {
    const text = 'Titel\n#1# Hallo.\n#2# Hoi.\nNoot: dit is geen spreker.\n#1# Dag.';
    const r = await parseTranscript('p.txt', utf8(text), { labelPattern: '#(\\d+)#' });
    if (!r.ok) throw new Error(r.reason);
    const p = r.data;
    expect(p.speakers.map((s) => s.label)).toEqual(['1', '2']);
    expect(p.turns.map((t) => p.text.slice(t.start, t.end))).toEqual([
      'Hallo.',
      'Hoi. Noot: dit is geen spreker.',
      'Dag.',
    ]);
  });

  it.each([
    ['(', 'import.pattern.invalid'],
    ['a*', 'import.pattern.matchesEmpty'],
    ['   ', 'import.pattern.empty'],
  ])('refuses %j with %s', async (pattern, reason) => {
    const r = await parseTranscript('p.txt', utf8('A: b'), { labelPattern: pattern });
    expect(r.ok ? '' : r.reason).toBe(reason);
  });

  it('says why a pattern is invalid without the wrapping Koor adds to it', async () => {
    const r = await parseTranscript('p.txt', utf8('A: b'), { labelPattern: '(' });
    expect(r.ok).toBe(false);
    const detail = String(r.ok ? '' : r.params?.['detail']);
    expect(detail).toBe('Unterminated group');
    expect(detail).not.toContain('^(?:');
  });
});
