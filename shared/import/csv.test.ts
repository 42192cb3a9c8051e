import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse.ts';
import type { ColumnMapping } from './types.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function parse(file: string, text: string, columnMapping?: ColumnMapping) {
  const r = await parseTranscript(file, utf8(text), columnMapping ? { columnMapping } : {});
  if (!r.ok) throw new Error(r.reason);
  const p = r.data;
  return { ...p, spoken: p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end), t.time ?? null]) };
}

const EXPECTED = [
  ['Gespreksleider', 'Welkom; fijn dat "jullie" er zijn.', 2],
  ['Hanneke', 'Ik begin. En ga door.', 20],
  ['Gespreksleider', 'Dank.', 61],
];

describe('csv/tsv: columns from headers and delimiters', () => {
  it.each([
    [
      'semicolon, Dutch headers',
      'a.csv',
      'tijd;spreker;tekst\n00:00:02;Gespreksleider;"Welkom; fijn dat ""jullie"" er zijn."\n00:00:20;Hanneke;Ik begin.\n00:00:30;Hanneke;En ga door.\n00:01:01;Gespreksleider;Dank.\n',
    ],
    [
      'comma, English headers, other order',
      'a.csv',
      'Speaker,Text,Start\nGespreksleider,"Welkom; fijn dat ""jullie"" er zijn.",2\nHanneke,Ik begin.,20\nHanneke,En ga door.,30\nGespreksleider,Dank.,61\n',
    ],
    [
      'tab, TSV file',
      'a.tsv',
      'Timestamp\tNaam\tUitspraak\n0:02\tGespreksleider\tWelkom; fijn dat "jullie" er zijn.\n0:20\tHanneke\tIk begin.\n0:30\tHanneke\tEn ga door.\n1:01\tGespreksleider\tDank.\n',
    ],
    [
      'CRLF and a BOM',
      'a.csv',
      '\ufefftijd;deelnemer;transcript\r\n00:00:02;Gespreksleider;"Welkom; fijn dat ""jullie"" er zijn."\r\n00:00:20;Hanneke;Ik begin.\r\n00:00:30;;En ga door.\r\n00:01:01;Gespreksleider;Dank.\r\n',
    ],
  ])('%s', async (_name, file, text) => {
    const p = await parse(file, text);
    expect(p.spoken).toEqual(EXPECTED);
    expect(p.needsColumnMapping).toBe(false);
    expect(p.speakers.map((s) => s.role)).toEqual(['moderator', 'participant']);
  });

  it('guesses columns without a recognisable header and asks for a mapping', async () => {
    const p = await parse(
      'x.csv',
      'A;B;C\n00:00:02;Jan;Een lange zin over normaal.\n00:00:05;Piet;Nog een lange zin hierover.\n00:00:09;Jan;En weer een lange zin.\n',
    );
    expect(p.needsColumnMapping).toBe(true);
    expect(p.columns).toEqual(['A', 'B', 'C']);
    expect(p.columnMapping).toEqual({ text: 2, speaker: 1, time: 0, header: true });
    expect(p.turns).toHaveLength(3);
  });

  it('keeps the time and speaker columns a header names when it does not name the text (a row number is no time)', async () => {
    const p = await parse(
      'x.csv',
      'Nr;Wie;Wat gezegd is;Tijdcode\r\n1;Gespreksleider;Welkom allemaal, fijn dat jullie er zijn.;00:00:02\r\n2;Hanneke;Ik begin wel, ik ben beleidsadviseur.;00:00:20\r\n3;Gespreksleider;Dank je wel voor het begin.;00:01:01\r\n',
    );
    expect(p.needsColumnMapping).toBe(true);
    expect(p.columnMapping).toEqual({ text: 2, speaker: 1, time: 3, header: true });
    expect(p.spoken.map((t) => t[2])).toEqual([2, 20, 61]);
  });

  it('reads headers of two words ("Start Time", "End Time") as the time columns', async () => {
    const p = await parse(
      'descript.csv',
      'Start Time,End Time,Speaker,Transcript\n00:00:00.031,00:00:06.100,Ilse,Welkom allemaal.\n00:00:06.520,00:00:11.500,Marieke,"Nou, ik begin wel."\n',
    );
    expect(p.needsColumnMapping).toBe(false);
    expect(p.turns.map((t) => [t.speakerLabel, t.time, t.endTime])).toEqual([
      ['Ilse', 0.031, 6.1],
      ['Marieke', 6.52, 11.5],
    ]);
  });

  it("reads Whisper's .tsv times as the milliseconds they are", async () => {
    const p = await parse(
      'whisperx.tsv',
      'start\tend\ttext\tspeaker\n31\t6100\tWelkom allemaal.\tSPEAKER_00\n6520\t11500\tNou, ik begin wel.\tSPEAKER_01\n',
    );
    expect(p.turns.map((t) => [t.speakerLabel, t.time, t.endTime])).toEqual([
      ['SPEAKER_00', 0.031, 6.1],
      ['SPEAKER_01', 6.52, 11.5],
    ]);
    // The same columns in seconds, or named otherwise, stay seconds.
    const seconds = await parse('x.tsv', 'start\tend\ttext\n0.5\t6.1\tWelkom.\n6.5\t11.5\tNou.\n');
    expect(seconds.turns.map((t) => t.time)).toEqual([0.5, 6.5]);
    const named = await parse('x.tsv', 'Start\tEnd\tText\n2\t6\tWelkom.\n20\t25\tNou.\n');
    expect(named.turns.map((t) => t.time)).toEqual([2, 20]);
  });

  it('reads a .txt of tab-separated rows with a time first as a table (NVivo, InqScribe)', async () => {
    const rows = [
      '00:00:02\tIlse\tWelkom allemaal, fijn dat jullie er vanavond zijn.',
      '00:00:09\tMarieke\tNou, ik begin wel. Ik heb twee zoons.',
      '00:00:15\tIlse\tEen opluchting. Waarom dan?',
    ];
    const expected = [
      ['Ilse', 'Welkom allemaal, fijn dat jullie er vanavond zijn.', 2],
      ['Marieke', 'Nou, ik begin wel. Ik heb twee zoons.', 9],
      ['Ilse', 'Een opluchting. Waarom dan?', 15],
    ];
    const p = await parse('nvivo.txt', rows.join('\r\n') + '\r\n');
    expect(p.spoken).toEqual(expected);
    expect(p.columnMapping).toMatchObject({ text: 2, speaker: 1, time: 0 });
    const headed = await parse('nvivo.txt', ['Tijd\tSpreker\tTekst', ...rows].join('\n'));
    expect(headed.spoken).toEqual(expected);
    // Tabs in an ordinary transcript are no table.
    const labelled = await parse('tabs.txt', 'Anna:\tWelkom.\nMo:\tDank je.\nAnna:\tZo.\n');
    expect(labelled.columns).toBeUndefined();
    expect(labelled.spoken.map((t) => t[0])).toEqual(['Anna', 'Mo', 'Anna']);
  });

  it('guesses that a file without header starts with data', async () => {
    const p = await parse(
      'x.csv',
      '00:00:02;Jan;Een lange zin over normaal.\n00:00:05;Piet;Nog een lange zin hierover.\n',
    );
    expect(p.columnMapping?.header).toBe(false);
    expect(p.columns).toEqual(['1', '2', '3']);
    expect(p.spoken[0]).toEqual(['Jan', 'Een lange zin over normaal.', 2]);
  });

  it('uses an explicit mapping', async () => {
    const p = await parse('x.csv', 'wie,wat\nJan,Hallo\nPiet,Dag\n', { speaker: 0, text: 1, header: true });
    expect(p.needsColumnMapping).toBe(false);
    expect(p.spoken).toEqual([
      ['Jan', 'Hallo', null],
      ['Piet', 'Dag', null],
    ]);
  });

  it('refuses a mapping to a column that does not exist', async () => {
    const r = await parseTranscript('x.csv', utf8('a,b\n1,2\n'), { columnMapping: { text: 5 } });
    expect(r).toMatchObject({
      ok: false,
      reason: 'import.csvBadMapping',
      params: { column: 6, count: 2, file: 'x.csv' },
    });
  });

  it('without a speaker column every row is a turn without speaker', async () => {
    const p = await parse('x.csv', 'tekst\nEen.\nTwee.\n');
    expect(p.spoken).toEqual([
      [null, 'Een.', null],
      [null, 'Twee.', null],
    ]);
  });
});
