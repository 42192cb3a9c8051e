import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse.ts';
import { minimalPdf } from './testing/pdf.ts';
import { minimalOdt, withDeclaredSize } from './testing/zip.ts';

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function spoken(file: string, bytes: Uint8Array) {
  const r = await parseTranscript(file, bytes);
  if (!r.ok) throw new Error(`${r.reason} ${JSON.stringify(r.params)}`);
  const p = r.data;
  return {
    p,
    turns: p.turns.map((t) => [t.speakerLabel, p.text.slice(t.start, t.end)]),
    preamble: p.text.slice(0, p.preambleEnd),
  };
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

describe('docx', () => {
  it('bold names on their own paragraph, title and date as preamble', async () => {
    const bold = (name: string) => new Paragraph({ children: [new TextRun({ text: name, bold: true })] });
    const bytes = await docx([
      new Paragraph({ children: [new TextRun('Groepsgesprek ouders')], alignment: AlignmentType.CENTER }),
      new Paragraph('Datum: 3 maart 2025'),
      bold('Gespreksleider'),
      new Paragraph('Welkom allemaal.'),
      bold('Sanne'),
      new Paragraph('Dank je.'),
      new Paragraph('Ik heb twee kinderen.'),
      bold('Gespreksleider'),
      new Paragraph('Mooi.'),
      bold('Sanne'),
      new Paragraph('Ja.'),
    ]);
    const { turns, preamble } = await spoken('a.docx', bytes);
    expect(preamble).toBe('Groepsgesprek ouders\nDatum: 3 maart 2025');
    expect(turns).toEqual([
      ['Gespreksleider', 'Welkom allemaal.'],
      ['Sanne', 'Dank je. Ik heb twee kinderen.'],
      ['Gespreksleider', 'Mooi.'],
      ['Sanne', 'Ja.'],
    ]);
  });

  it('plain "Name:" paragraphs', async () => {
    const bytes = await docx(
      ['I: Vraag?', 'R1 (moeder): Antwoord.', 'I: En verder?', 'R1 (moeder): Niets.'].map(
        (t) => new Paragraph(t),
      ),
    );
    const { turns, p } = await spoken('a.docx', bytes);
    expect(turns.map((t) => t[0])).toEqual(['I', 'R1', 'I', 'R1']);
    expect(p.speakers[1]).toEqual({ label: 'R1', role: 'participant', roleNote: 'moeder' });
  });

  it('a transcript laid out as a table with speaker and text columns', async () => {
    const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
    const bytes = await docx([
      new Paragraph('Transcript groep 3'),
      new Table({
        rows: [
          row('Tijd', 'Spreker', 'Tekst'),
          row('00:00:05', 'Moderator', 'Welkom & goedemorgen.'),
          row('00:00:09', 'Karim', 'Hallo.'),
          row('00:00:12', 'Karim', 'Ik ben Karim.'),
          row('00:00:20', 'Moderator', 'Dank.'),
        ],
      }),
    ]);
    const { turns, preamble, p } = await spoken('t.docx', bytes);
    expect(preamble).toBe('Transcript groep 3');
    expect(turns).toEqual([
      ['Moderator', 'Welkom & goedemorgen.'],
      ['Karim', 'Hallo. Ik ben Karim.'],
      ['Moderator', 'Dank.'],
    ]);
    expect(p.turns.map((t) => t.time)).toEqual([5, 9, 20]);
    expect(p.speakers[0]!.role).toBe('moderator');
  });
});

describe('odt', () => {
  it('paragraphs with spans, spaces and tabs; entities are not expanded', async () => {
    const bytes = minimalOdt(
      '<text:h>Gesprek</text:h><text:p><text:span>Jan</text:span>: Ik&amp;jij<text:s text:c="3"/>zeggen.</text:p>' +
        '<text:p>Piet: Nee<text:tab/>hoor.</text:p><text:p>Jan: Toch &lol; wel.</text:p><text:p>Piet: Oké.</text:p>',
    );
    const { turns, preamble } = await spoken('a.odt', bytes);
    expect(preamble).toBe('Gesprek');
    expect(turns).toEqual([
      ['Jan', 'Ik&jij zeggen.'],
      ['Piet', 'Nee hoor.'],
      ['Jan', 'Toch &lol; wel.'],
      ['Piet', 'Oké.'],
    ]);
  });

  it('a speaker/text table', async () => {
    const row = (a: string, b: string) =>
      `<table:table-row><table:table-cell><text:p>${a}</text:p></table:table-cell><table:table-cell><text:p>${b}</text:p></table:table-cell></table:table-row>`;
    const bytes = minimalOdt(
      `<table:table>${row('Spreker', 'Tekst')}${row('GL', 'Welkom.')}${row('Lisa', 'Hoi.')}${row('GL', 'Dag.')}</table:table>`,
    );
    const { turns } = await spoken('t.odt', bytes);
    expect(turns).toEqual([
      ['GL', 'Welkom.'],
      ['Lisa', 'Hoi.'],
      ['GL', 'Dag.'],
    ]);
  });
});

describe('pdf', () => {
  it('reads the text layer and detects speakers', async () => {
    const bytes = minimalPdf({
      lines: [
        'Verslag groepsgesprek',
        'Jan: Hallo allemaal.',
        'Piet: Dag Jan.',
        'Jan: Zullen we?',
        'Piet: Ja.',
        '1',
      ],
    });
    const { turns, preamble } = await spoken('a.pdf', bytes);
    expect(preamble).toBe('Verslag groepsgesprek');
    expect(turns).toEqual([
      ['Jan', 'Hallo allemaal.'],
      ['Piet', 'Dag Jan.'],
      ['Jan', 'Zullen we?'],
      ['Piet', 'Ja.'],
    ]);
  });
});

const binary = () => Uint8Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff);
const truncatedDocx = async () => {
  const whole = await docx([new Paragraph('Jan: Hallo.'), new Paragraph('Piet: Dag.')]);
  return whole.subarray(0, Math.floor(whole.length / 2));
};

describe('bad input gets a clear reason per file', () => {
  it.each([
    ['an empty file', 'leeg.txt', () => new Uint8Array(0), 'import.empty'],
    ['a binary file named .txt', 'foto.txt', binary, 'import.binary'],
    ['a truncated .docx', 'kapot.docx', truncatedDocx, 'import.corruptDocx'],
    [
      'a picture renamed to .docx',
      'foto.docx',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...binary()]),
      'import.notDocx',
    ],
    ['a PDF renamed to .odt', 'verslag.odt', () => minimalPdf({ lines: ['Jan: Hallo.'] }), 'import.notOdt'],
    [
      'a .doc or protected Word file',
      'oud.docx',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'import.docxProtected',
    ],
    [
      'a password-protected PDF',
      'geheim.pdf',
      () => minimalPdf({ encrypted: true, lines: ['Jan: Geheim.'] }),
      'import.pdfPassword',
    ],
    ['an image-only PDF', 'scan.pdf', () => minimalPdf(), 'import.pdfNoText'],
    ['a damaged PDF', 'kapot.pdf', () => new TextEncoder().encode('%PDF-1.4\nrubbish'), 'import.corruptPdf'],
    ['an unknown type', 'foto.jpg', () => new Uint8Array([1, 2, 3]), 'import.unsupported'],
    [
      'an old Word file named .doc',
      'oud.doc',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'import.convertToDocx',
    ],
    [
      'a rich-text file',
      'notities.rtf',
      () => strToU8('{\\rtf1\\ansi Ilse: Welkom.\\par}'),
      'import.convertToDocx',
    ],
    [
      'JSON that is no Whisper transcript',
      'assembly.json',
      () => strToU8('{"utterances": []}'),
      'import.jsonNotWhisper',
    ],
    ['damaged JSON', 'whisper.json', () => strToU8('{"segments": [{"start": 0.0, "te'), 'import.jsonInvalid'],
    ['a damaged .odt', 'kapot.odt', () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'import.corruptOdt'],
  ])('%s', async (_name, file, bytes, reason) => {
    const r = await parseTranscript(file, await bytes());
    expect(r).toMatchObject({ ok: false, reason, params: { file } });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = new Uint8Array(101 * 1024 * 1024);
    expect(await parseTranscript('groot.txt', big)).toEqual({
      ok: false,
      reason: 'import.tooLarge',
      params: { file: 'groot.txt', size: 101, limit: 100 },
    });
    expect(await parseTranscript('klein.txt', new Uint8Array(2048), { maxBytes: 1024 })).toMatchObject({
      reason: 'import.tooLarge',
    });
  });

  it('a docx zip bomb that declares a huge entry is refused before inflating', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    const bomb = withDeclaredSize(bytes, 'word/document.xml', 300 * 1024 * 1024);
    expect(await parseTranscript('bom.docx', bomb)).toMatchObject({ ok: false, reason: 'import.zipBomb' });
  });

  it('a docx whose entry expands beyond its declared size is refused', async () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024).fill(32) }, { level: 9 });
    const lying = withDeclaredSize(bytes, 'word/document.xml', 1000);
    expect(await parseTranscript('bom.docx', lying)).toMatchObject({ ok: false, reason: 'import.zipBomb' });
  });

  it('a docx with a ../ entry is refused', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document/>'), '../evil.txt': strToU8('x') });
    expect(await parseTranscript('pad.docx', bytes)).toMatchObject({
      ok: false,
      reason: 'import.zipUnsafePath',
      params: { entry: '../evil.txt' },
    });
  });
});
