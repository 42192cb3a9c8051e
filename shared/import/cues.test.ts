import { describe, expect, it } from 'vitest';
import { isSpace } from './cues.ts';
import { parseTranscript } from './parse.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function turns(file: string, text: string, withoutSpeakers = false) {
  const r = await parseTranscript(file, utf8(text), { withoutSpeakers });
  if (!r.ok) throw new Error(r.reason);
  const p = r.data;
  return p.turns.map((t) => ({
    speaker: t.speakerLabel,
    text: p.text.slice(t.start, t.end),
    time: t.time,
    endTime: t.endTime,
  }));
}

const TEAMS = `WEBVTT

NOTE made by Teams

abc/1-0
00:00:01.000 --> 00:00:04.500
<v Gespreksleider>Welkom allemaal.</v>

abc/1-1
00:00:04.600 --> 00:00:06.000
<v Gespreksleider>Wie begint?
Jij misschien?</v>

abc/2-0
00:00:07.000 --> 00:00:09.000
<v.loud Noah>Ik &amp; jij.</v>

abc/3-0
00:01:07.000 --> 00:01:09.250
<v Gespreksleider>Dank je.</v>
`;

const ZOOM = `WEBVTT

1
00:00:01.000 --> 00:00:03.000
Anna de Vries: Goedemorgen.

2
00:00:03.500 --> 00:00:05.000
Bram: Hoi Anna.

3
00:00:05.100 --> 00:00:07.000
Bram: Ik ben Bram.

4
00:00:08.000 --> 00:00:09.000
Anna de Vries: Welkom.
`;

const SRT = `1
00:00:01,861 --> 00:00:06,436
Gespreksleider: Goedemiddag, welkom. Fijn
dat jullie er zijn.

2
00:00:06,580 --> 00:00:11,180
Gespreksleider: Het gesprek heet "Wat is
normaal?"

3
00:00:11,332 --> 00:00:14,439
Marieke: Ik ben Marieke.

4
00:00:14,500 --> 00:00:15,000
Gespreksleider: Dank je.
`;

describe('subtitle formats', () => {
  it.each([
    [
      'Teams VTT: voice tags, cue ids, NOTE, multi-line cues, entities, consecutive cues merged',
      'a.vtt',
      TEAMS,
      [
        {
          speaker: 'Gespreksleider',
          text: 'Welkom allemaal. Wie begint? Jij misschien?',
          time: 1,
          endTime: 6,
        },
        { speaker: 'Noah', text: 'Ik & jij.', time: 7, endTime: 9 },
        { speaker: 'Gespreksleider', text: 'Dank je.', time: 67, endTime: 69.25 },
      ],
    ],
    [
      'Zoom VTT: Name: inside cues',
      'z.vtt',
      ZOOM,
      [
        { speaker: 'Anna de Vries', text: 'Goedemorgen.', time: 1, endTime: 3 },
        { speaker: 'Bram', text: 'Hoi Anna. Ik ben Bram.', time: 3.5, endTime: 7 },
        { speaker: 'Anna de Vries', text: 'Welkom.', time: 8, endTime: 9 },
      ],
    ],
    [
      'SRT: numbered subtitles, comma times, name repeated per subtitle',
      's.srt',
      SRT,
      [
        {
          speaker: 'Gespreksleider',
          text: 'Goedemiddag, welkom. Fijn dat jullie er zijn. Het gesprek heet "Wat is normaal?"',
          time: 1.861,
          endTime: 11.18,
        },
        { speaker: 'Marieke', text: 'Ik ben Marieke.', time: 11.332, endTime: 14.439 },
        { speaker: 'Gespreksleider', text: 'Dank je.', time: 14.5, endTime: 15 },
      ],
    ],
    [
      'SRT with CRLF line endings',
      'crlf.srt',
      SRT.replace(/\n/g, '\r\n'),
      [
        {
          speaker: 'Gespreksleider',
          text: 'Goedemiddag, welkom. Fijn dat jullie er zijn. Het gesprek heet "Wat is normaal?"',
          time: 1.861,
          endTime: 11.18,
        },
        { speaker: 'Marieke', text: 'Ik ben Marieke.', time: 11.332, endTime: 14.439 },
        { speaker: 'Gespreksleider', text: 'Dank je.', time: 14.5, endTime: 15 },
      ],
    ],
  ])('%s', async (_name, file, text, expected) => {
    expect(await turns(file, text)).toEqual(expected);
  });

  it('subtitles without speakers become one turn per cue', async () => {
    const t = await turns(
      'plain.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nHallo daar.\n\n2\n00:00:03,000 --> 00:00:04,000\nNog een zin.\n',
    );
    expect(t).toEqual([
      { speaker: null, text: 'Hallo daar.', time: 1, endTime: 2 },
      { speaker: null, text: 'Nog een zin.', time: 3, endTime: 4 },
    ]);
  });

  it('withoutSpeakers drops the voices', async () => {
    const t = await turns('a.vtt', TEAMS, true);
    expect(t.every((x) => x.speaker === null)).toBe(true);
    expect(t).toHaveLength(4);
  });

  it('reads timing lines as /^\\s*(\\S+)\\s+-->\\s+(\\S+)/ does (cue settings after the end time)', async () => {
    const cue = async (timing: string) =>
      (await turns('t.vtt', `WEBVTT\n\n${timing}\nHallo.\n`)).map(({ time, endTime }) => ({ time, endTime }));
    expect(await cue('00:00:01.500 --> 00:00:03.000 align:start position:10%')).toEqual([
      { time: 1.5, endTime: 3 },
    ]);
    expect(await cue('  00:01.000\t-->\u00a000:02.000  ')).toEqual([{ time: 1, endTime: 2 }]);
    // No space around the arrow, or a first field with a space in it: a cue without times.
    expect(await cue('00:00:01.000-->00:00:02.000')).toEqual([{ time: undefined, endTime: undefined }]);
    expect(await cue('00:00:01.000 -->00:00:02.000')).toEqual([{ time: undefined, endTime: undefined }]);
    expect(await cue('a 00:00:01.000 --> 00:00:02.000')).toEqual([{ time: undefined, endTime: undefined }]);
  });
});

describe('isSpace', () => {
  it('agrees with \\s (and so with trim) on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});

describe('cue text as it stands or collapsed', () => {
  it('collapses every kind of white space inside a cue line, as the whole payload would be', async () => {
    // Lines with nothing to collapse are taken as slices of the file; any other white space than a
    // single space sends the cue through collapsing (each code unit that \s matches, but the newline).
    const spaces = [...Array(0x10000).keys()]
      .map((c) => String.fromCharCode(c))
      .filter((c) => /\s/.test(c) && c !== '\n' && c !== '\r');
    for (const space of spaces) {
      const srt = `1\n00:00:01,000 --> 00:00:02,000\nAnna: een${space}twee\n\n2\n00:00:03,000 --> 00:00:04,000\nBram: drie  vier\nvijf${space}${space}zes\n\n3\n00:00:05,000 --> 00:00:06,000\nAnna: ja.\n\n4\n00:00:07,000 --> 00:00:08,000\nBram: nee.\n`;
      expect(await turns('w.srt', srt), `U+${space.charCodeAt(0).toString(16)}`).toEqual([
        { speaker: 'Anna', text: 'een twee', time: 1, endTime: 2 },
        { speaker: 'Bram', text: 'drie vier vijf zes', time: 3, endTime: 4 },
        { speaker: 'Anna', text: 'ja.', time: 5, endTime: 6 },
        { speaker: 'Bram', text: 'nee.', time: 7, endTime: 8 },
      ]);
    }
  });

  it('reads a voice tag at the start of a cue and its closing tag at the end, over several lines', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>  Een\ntwee </v>\n\n00:00:03.000 --> 00:00:04.000\n<v Bram\nde Vries>drie</v>\n\n00:00:05.000 --> 00:00:06.000\n<v Eva>\n</v>\n';
    expect(await turns('v.vtt', vtt)).toEqual([
      { speaker: 'Anna', text: 'Een twee', time: 1, endTime: 2 },
      { speaker: 'Bram de Vries', text: 'drie', time: 3, endTime: 4 },
      { speaker: 'Eva', text: '', time: 5, endTime: 6 },
    ]);
  });

  it('reads a long file without a timing line in linear time', async () => {
    // Every line looked for the next "-->" from itself to the end: 200,000 lines took minutes.
    const lines = Array.from({ length: 200_000 }, (_, i) => `Regel ${i} zonder tijd`).join('\n');
    const r = await parseTranscript('geen.srt', utf8(`${lines}\n`));
    expect(r.ok).toBe(false);
  });
});
