import { describe, expect, it } from 'vitest';
import { buildTranscript } from './build.ts';
import { detectSpeakers } from './speakers.ts';

function parse(text: string) {
  const p = buildTranscript(detectSpeakers(text), 'txt');
  return {
    ...p,
    spoken: p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end)]),
    preamble: p.text.slice(0, p.preambleEnd),
  };
}

describe('detectSpeakers: turn segmentation', () => {
  it.each([
    [
      'Name: at paragraph start, blank lines between',
      'Jan: Hallo.\n\nPiet: Dag.\n\nJan: Zullen we?',
      [
        ['Jan', 'Hallo.'],
        ['Piet', 'Dag.'],
        ['Jan', 'Zullen we?'],
      ],
    ],
    [
      'a paragraph without a name continues the previous speaker',
      'Jan: Hallo.\n\nIk wilde nog iets zeggen.\n\nPiet: Dag.\nOok van mij.\n\nJan: Ja.',
      [
        ['Jan', 'Hallo. Ik wilde nog iets zeggen.'],
        ['Piet', 'Dag. Ook van mij.'],
        ['Jan', 'Ja.'],
      ],
    ],
    [
      'timestamps leave the text but stay on the turn',
      '[00:00:04] Gespreksleider: Welkom.\n[00:00:24] Ingrid: Ik wil wel.\n[00:01:00] Gespreksleider: Dank.\n[00:01:10] Ingrid: Graag.',
      [
        ['Gespreksleider', 'Welkom.'],
        ['Ingrid', 'Ik wil wel.'],
        ['Gespreksleider', 'Dank.'],
        ['Ingrid', 'Graag.'],
      ],
    ],
    [
      'Otter: name and time on their own line, text below',
      'Anna  00:00:01\nGoedemorgen allemaal.\n\nBram  00:00:05\nHoi.\nIk ben Bram.\n\nAnna  00:00:09\nFijn.',
      [
        ['Anna', 'Goedemorgen allemaal.'],
        ['Bram', 'Hoi. Ik ben Bram.'],
        ['Anna', 'Fijn.'],
      ],
    ],
    [
      'names alone on a line (bold names in Word)',
      'Titel van het gesprek\n\nGespreksleider\n\nWelkom.\n\nBas\n\nDag.\n\nTweede alinea.\n\nGespreksleider\n\nDank je.\n\nBas\n\nGraag.',
      [
        ['Gespreksleider', 'Welkom.'],
        ['Bas', 'Dag. Tweede alinea.'],
        ['Gespreksleider', 'Dank je.'],
        ['Bas', 'Graag.'],
      ],
    ],
    [
      'codes with a role and a one-off code',
      'I: Vraag?\n\nR1 (ouder): Antwoord.\n\nI: En jij?\n\nR2 (pleegouder): Ook.',
      [
        ['I', 'Vraag?'],
        ['R1', 'Antwoord.'],
        ['I', 'En jij?'],
        ['R2', 'Ook.'],
      ],
    ],
    [
      '[Name] and @Name: labels',
      '[Noah] Hoi.\n@Amira: Hallo.\n[Noah] Hoe gaat het?\n@Amira: Goed.',
      [
        ['Noah', 'Hoi.'],
        ['Amira', 'Hallo.'],
        ['Noah', 'Hoe gaat het?'],
        ['Amira', 'Goed.'],
      ],
    ],
    [
      'a one-off Name: counts when nearly every line is a turn',
      'Jan: a\nPiet: b\nJan: c\nPiet: d\nKlaas: e\nJan: f',
      [
        ['Jan', 'a'],
        ['Piet', 'b'],
        ['Jan', 'c'],
        ['Piet', 'd'],
        ['Klaas', 'e'],
        ['Jan', 'f'],
      ],
    ],
    [
      'repeated labels merge into one turn',
      'Jan: een\nJan: twee\nPiet: drie\nJan: vier',
      [
        ['Jan', 'een twee'],
        ['Piet', 'drie'],
        ['Jan', 'vier'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parse(text).spoken).toEqual(expected);
  });

  it('keeps header lines before the first turn as preamble', () => {
    const p = parse(
      'Groepsgesprek ouders\nDatum: 3 maart\nDuur: 60 min\n\nGL: Welkom.\n\nAnna: Dank.\n\nGL: Goed.',
    );
    expect(p.preamble).toBe('Groepsgesprek ouders\nDatum: 3 maart\nDuur: 60 min');
    expect(p.speakers.map((s) => [s.label, s.role])).toEqual([
      ['GL', 'moderator'],
      ['Anna', 'participant'],
    ]);
    expect(p.text.slice(p.turns[0]!.start - 2, p.turns[0]!.start)).toBe('\n\n');
  });

  describe("Zoom's live transcript saved as text: a time of day before each caption", () => {
    it('without speakers: each caption is a turn without a speaker, timed from the first, and the import says so', () => {
      const text =
        '19:30:02 Goedenavond allemaal.\n19:30:09 Ja\n19:30:15 Wie begint er\nmet een voorbeeld?\n\n19:30:21 Ja\n20:00:04 Dank jullie wel.';
      const segmented = detectSpeakers(text);
      const p = buildTranscript(segmented, 'txt');
      expect(p.speakers).toEqual([]);
      expect(p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end), t.time])).toEqual([
        [null, 'Goedenavond allemaal.', 0],
        [null, 'Ja', 7],
        [null, 'Wie begint er met een voorbeeld?', 13],
        [null, 'Ja', 19],
        [null, 'Dank jullie wel.', 1802],
      ]);
      expect(segmented.warnings?.map((w) => [w.key, w.params?.['count']])).toEqual([
        ['import.unsure.captionsWithoutSpeakers', 5],
      ]);
    });

    it('a first time under an hour is time since the start, kept as written', () => {
      const p = buildTranscript(detectSpeakers('00:00:05 Goedenavond.\n00:01:10 Wie begint?'), 'txt');
      expect(p.turns.map((t) => t.time)).toEqual([5, 70]);
    });

    it('with speakers (">> NAAM:" or "Naam:" after the time): turns timed from the first, a caption without a name goes on', () => {
      const text =
        '19:30:02 >> LINDA: Welkom.\n19:30:09 Fijn dat jullie er zijn.\n19:30:15 Mo: Hoort u mij?\n19:30:24 >> LINDA: Ja.\n19:30:30 Mo: Goed.';
      expect(parse(text).spoken).toEqual([
        ['LINDA', 'Welkom. Fijn dat jullie er zijn.'],
        ['Mo', 'Hoort u mij?'],
        ['LINDA', 'Ja.'],
        ['Mo', 'Goed.'],
      ]);
      expect(parse(text).turns.map((t) => t.time)).toEqual([0, 13, 22, 28]);
    });

    it('"hh:mm:ss Naam:" from the start of a recording keeps its times', () => {
      const p = parse('00:00:04 Anna: Welkom.\n00:00:09 Bram: Dank je.\n00:01:02 Anna: Goed.');
      expect(p.turns.map((t) => t.time)).toEqual([4, 9, 62]);
    });

    it('a service\'s time and name above each text ("00:00:01 Speaker 1") are no captions', () => {
      const p = parse(
        '00:00:01 Speaker 1\nWelkom allemaal.\n\n00:00:05 Speaker 2\nDank je.\n\n00:00:09 Speaker 1\nGoed.',
      );
      expect(p.spoken).toEqual([
        ['Speaker 1', 'Welkom allemaal.'],
        ['Speaker 2', 'Dank je.'],
        ['Speaker 1', 'Goed.'],
      ]);
    });
  });

  describe('a title line at the top', () => {
    const turns = 'GL: Welkom allemaal.\n\nAnna: Dank je.\n\nGL: Wie begint?\n\nBram: Ik wel.\n\nAnna: Goed.';

    it.each([
      ['followed by a blank line', 'Focusgroep 1: Wat is ieders normaal?\n\n'],
      ['followed by the first turn', 'Focusgroep 1: Wat is ieders normaal?\n'],
      ['after blank lines', '\n\nFocusgroep 1: Wat is ieders normaal?\n\n'],
    ])('%s is no speaker: it stays before the first turn and is said to be read as a title', (_n, top) => {
      const segmented = detectSpeakers(top + turns);
      const p = buildTranscript(segmented, 'txt');
      expect(p.speakers.map((s) => s.label)).toEqual(['GL', 'Anna', 'Bram']);
      expect(p.text.slice(0, p.preambleEnd)).toBe('Focusgroep 1: Wat is ieders normaal?');
      expect(p.turns[0]!.speakerLabel).toBe('GL');
      expect(segmented.warnings?.map((w) => [w.key, w.params?.['label'], w.params?.['line']])).toEqual([
        ['import.unsure.title', 'Focusgroep 1', top.startsWith('\n') ? 3 : 1],
      ]);
    });

    it.each([
      [
        'a one-off speaker whose first turn goes on below',
        'Carla: Ik begin.\nMet een tweede regel.\n\n',
        'Carla',
      ],
      [
        'a one-off speaker with a long opening turn',
        'Carla: Goedemiddag allemaal, ik ben Carla en ik vertel eerst iets over waarom we dit gesprek voeren vandaag.\n\n',
        'Carla',
      ],
      ['a one-off code', 'R7: Ik begin.\n\n', 'R7'],
      ['a numbered speaker', 'Deelnemer 3: Ik begin.\n\n', 'Deelnemer 3'],
      ['a moderator', 'Interviewer: Welkom.\n\n', 'Interviewer'],
      ['a label that speaks again', 'Carla: Ik begin.\n\n' + turns + '\n\nCarla: Ik ook.\n\n', 'Carla'],
    ])('%s stays a speaker', (_n, top, label) => {
      const segmented = detectSpeakers(top + turns);
      const p = buildTranscript(segmented, 'txt');
      expect(p.turns[0]!.speakerLabel).toBe(label);
      expect(p.preambleEnd).toBe(0);
      expect(segmented.warnings?.map((w) => w.key) ?? []).not.toContain('import.unsure.title');
    });

    it('a one-off speaker further down still counts and is pointed out as rare', () => {
      const text = turns + '\n\n' + turns + '\n\nCarla: Ik ook.\n\n' + turns;
      const segmented = detectSpeakers(text);
      expect(buildTranscript(segmented, 'txt').speakers.map((s) => s.label)).toContain('Carla');
      expect(segmented.warnings?.map((w) => [w.key, w.params?.['label']])).toEqual([
        ['import.unsure.rare', 'Carla'],
      ]);
    });

    it.each([
      ['followed by a blank line', 'Focusgroep 1: Wat is ieders normaal?\nDatum: 12 maart 2024\n\n'],
      ['followed by the first turn', 'Focusgroep 1: Wat is ieders normaal?\nDatum: 12 maart 2024\n'],
      ['with one-off labels only', 'Focusgroep 1: Wat is ieders normaal?\nPlaats: Zwolle\n\n'],
    ])(
      'a header block %s is no speakers: it stays before the first turn and is said to be read as header',
      (_n, top) => {
        const segmented = detectSpeakers(top + turns);
        const p = buildTranscript(segmented, 'txt');
        expect(p.speakers.map((s) => s.label)).toEqual(['GL', 'Anna', 'Bram']);
        expect(p.text.slice(0, p.preambleEnd)).toBe(top.trim());
        expect(p.turns[0]!.speakerLabel).toBe('GL');
        const keys = top
          .trim()
          .split('\n')
          .map((l) => l.slice(0, l.indexOf(':')));
        expect(segmented.warnings?.map((w) => [w.key, w.params?.['label'], w.params?.['line']])).toEqual([
          ['import.unsure.header', keys.join(', '), 1],
        ]);
      },
    );

    it.each([
      [
        'a header line whose label speaks again',
        'Focusgroep 1: Wat is ieders normaal?\nCarla: Ik begin.\n\n',
        true,
      ],
      [
        'a title above a first turn going on below',
        'Focusgroep 1: Wat is ieders normaal?\nCarla: Ik begin.\nMet een tweede regel.\n\n',
        false,
      ],
      [
        'a title above a one-off moderator',
        'Focusgroep 1: Wat is ieders normaal?\nInterviewer: Welkom.\n\n',
        false,
      ],
    ])('%s: the turn under the title stays a turn', (_n, top, again) => {
      const text = top + turns + (again ? '\n\nCarla: Ik ook.' : '');
      const p = buildTranscript(detectSpeakers(text), 'txt');
      const label = top.split('\n')[1]!.split(':')[0]!;
      expect(p.turns.map((t) => t.speakerLabel)).toContain(label);
      expect(p.speakers.map((s) => s.label)).not.toContain('Focusgroep 1');
    });

    it('seven Label: value lines at the top are no header', () => {
      const top = Array.from({ length: 7 }, (_, i) => `Veld ${String.fromCharCode(65 + i)}: waarde`).join(
        '\n',
      );
      const segmented = detectSpeakers(top + '\n\n' + turns);
      expect(segmented.warnings?.map((w) => w.key) ?? []).not.toContain('import.unsure.header');
    });

    it('a label pattern of the user decides alone', () => {
      const p = buildTranscript(
        detectSpeakers('Focusgroep 1: Wat is ieders normaal?\n\n' + turns, {
          labelPattern: /^(\p{Lu}[\p{L} \d]*):/u,
        }),
        'txt',
      );
      expect(p.turns[0]!.speakerLabel).toBe('Focusgroep 1');
    });
  });

  it.each([
    [
      'Let op: en Noot: in the text do not start turns',
      'Jan: a\n\nLet op: dit.\n\nPiet: b\n\nNoot: dat.\n\nJan: c\n\nPiet: d',
    ],
    [
      'a colon mid-sentence does not start a turn',
      'Jan: a\n\nEn toen zei ik: nee.\n\nPiet: b\n\nJan: c\n\nPiet: d',
    ],
    [
      'clock times and urls do not start turns',
      'Jan: a\n\n10:30 was de pauze.\n\nPiet: b\nhttps://example.org\n\nJan: c\n\nPiet: d',
    ],
    [
      'a one-off capitalised word with a colon in a loose text is no speaker',
      'Jan: a\n\nlosse tekst\n\nmeer tekst\n\nPiet: b\n\nSamengevat: x\n\nJan: c\n\nPiet: d',
    ],
  ])('%s', (_name, text) => {
    expect(parse(text).speakers.map((s) => s.label)).toEqual(['Jan', 'Piet']);
  });

  it.each([
    ['plain paragraphs', 'Dit is een verslag.\n\nHet ging over normaal.\n\nEinde.', 3],
    ['lines without blank lines are paragraphs', 'Regel een.\nRegel twee.', 2],
    [
      'one Name: that never recurs is not a speaker',
      'Samenvatting van de dag\n\nWat opviel: veel mensen.',
      2,
    ],
    ['header words only', 'Datum: 1 mei\nLocatie: Zwolle\nNoot: geen opname', 3],
  ])('no speakers in %s: one turn per paragraph, no speaker', (_name, text, count) => {
    const p = parse(text);
    expect(p.speakers).toEqual([]);
    expect(p.turns).toHaveLength(count);
    expect(p.turns.every((t) => t.speakerLabel === null)).toBe(true);
    expect(p.preambleEnd).toBe(0);
  });

  it('withoutSpeakers keeps every paragraph as written', () => {
    const seg = detectSpeakers('Jan: Hallo.\n\nPiet: Dag.\n\nJan: Ja.', { withoutSpeakers: true });
    const p = buildTranscript(seg, 'txt');
    expect(p.speakers).toEqual([]);
    expect(p.text).toBe('Jan: Hallo.\n\nPiet: Dag.\n\nJan: Ja.');
  });
});
