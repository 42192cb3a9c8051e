/**
 * Fuzzing the transcript importers (parseTranscript) per format: random bytes, random text and mutated
 * fixtures. Every input gives a sane transcript or a reason the user can read, within a second.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedTranscript } from '../../shared/import/index.ts';
import { parseTranscript } from '../../shared/import/index.ts';
import { minimalPdf } from '../../shared/import/testing/pdf.ts';
import { minimalOdt } from '../../shared/import/testing/zip.ts';
import type { Result } from '../../shared/model.ts';
import {
  PROPERTY_TIMEOUT,
  expectKnownReason,
  expectKnownWarnings,
  fixture,
  mutated,
  mutatedZip,
  params,
  randomBytes,
  randomText,
  timed,
  utf8,
} from './support.ts';

/** A parsed transcript must point only inside its own text, at speakers it lists. */
function expectSane(result: Result<ParsedTranscript>): void {
  expectKnownReason(result);
  if (!result.ok) return;
  expectKnownWarnings(result.warnings);
  const { text, turns, speakers, preambleEnd } = result.data;
  expect(typeof text).toBe('string');
  expect(text.trim()).not.toBe('');
  expect(preambleEnd).toBeGreaterThanOrEqual(0);
  expect(preambleEnd).toBeLessThanOrEqual(text.length);
  const labels = new Set(speakers.map((s) => s.label));
  expect(labels.size).toBe(speakers.length);
  let previous = 0;
  for (const turn of turns) {
    expect(Number.isInteger(turn.start) && Number.isInteger(turn.end)).toBe(true);
    expect(turn.start).toBeGreaterThanOrEqual(previous);
    expect(turn.start).toBeLessThanOrEqual(turn.end);
    expect(turn.end).toBeLessThanOrEqual(text.length);
    if (turn.speakerLabel !== null) expect(labels.has(turn.speakerLabel)).toBe(true);
    if (turn.time !== undefined) expect(Number.isFinite(turn.time)).toBe(true);
    previous = turn.end;
  }
}

async function check(fileName: string, bytes: Uint8Array, withoutSpeakers = false): Promise<void> {
  const result = await timed(() => parseTranscript(fileName, bytes, { withoutSpeakers }));
  expectSane(result);
}

const TEXT_TOKENS = [
  '\n',
  '\r\n',
  '\n\n',
  ' ',
  '\t',
  ':',
  'R1: ',
  'I: ',
  'Gespreksleider: ',
  '[00:01:02] ',
  '(00:12) ',
  'Moeder (ouder): ',
  '\u00a0',
  '\ufeff',
  'é',
  '😀',
  '\u0000',
  '\u202e',
];
const CUE_TOKENS = [
  'WEBVTT\n\n',
  '\n\n',
  '\n',
  '1\n',
  '00:00:01.000 --> 00:00:04.000',
  '00:01,000 --> 00:02,500',
  ' --> ',
  '<v Anna>',
  '</v>',
  '<b>',
  'NOTE ',
  'Anna: ',
  '99:99:99.999',
  '-->',
  ':',
];
const CSV_TOKENS = [
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  'spreker',
  'tekst',
  'tijd',
  'Speaker',
  'Text',
  'Start',
  '00:01:02',
  'R1',
  '=cmd',
  ' ',
];
const DOCX_TEXT = [
  '<w:p>',
  '</w:p>',
  '<w:r><w:t>',
  '</w:t></w:r>',
  '<w:tbl>',
  '</w:tbl>',
  '<w:tr>',
  '<w:tc>',
  'R1: ',
  '&amp;',
  '&#0;',
  '<',
  '>',
];

type Case = {
  format: string;
  fileName: string;
  seeds: Uint8Array[];
  tokens: readonly string[];
  zip?: boolean;
};

const fixtureCases = (): Case[] => {
  const texts = ['02_ouders_codes.txt', '03_jgz_tijdcodes.txt', '07_onderzoekers_opleiders.txt'].map((f) =>
    fixture(`transcripts/${f}`),
  );
  const vtt = fixture('transcripts/01_jongeren_teams.vtt');
  const srt = fixture('transcripts/06_onderwijs.srt');
  const csv = fixture('transcripts/05_gemeente_export.csv');
  const tsv = utf8(new TextDecoder().decode(csv).replace(/,/g, '\t'));
  const docx = fixture('transcripts/04_jeugdhulp.docx');
  const odt = minimalOdt(
    '<text:p>Gespreksleider: Wat is normaal?</text:p><text:p>R1: Dat het <text:span>mag</text:span>.</text:p>' +
      '<table:table><table:table-row><table:table-cell><text:p>R2</text:p></table:table-cell><table:table-cell><text:p>Een label helpt niet.</text:p></table:table-cell></table:table-row></table:table>',
  );
  const pdf = minimalPdf({
    lines: ['Gespreksleider: Wat is normaal?', 'R1: Dat het mag.', 'Pagina 1 van 1'],
  });
  return [
    { format: 'txt', fileName: 'groep.txt', seeds: texts, tokens: TEXT_TOKENS },
    { format: 'vtt', fileName: 'groep.vtt', seeds: [vtt], tokens: CUE_TOKENS },
    { format: 'srt', fileName: 'groep.srt', seeds: [srt], tokens: CUE_TOKENS },
    { format: 'csv', fileName: 'groep.csv', seeds: [csv], tokens: CSV_TOKENS },
    { format: 'tsv', fileName: 'groep.tsv', seeds: [tsv], tokens: CSV_TOKENS },
    { format: 'docx', fileName: 'groep.docx', seeds: [docx], tokens: DOCX_TEXT, zip: true },
    { format: 'odt', fileName: 'groep.odt', seeds: [odt], tokens: DOCX_TEXT, zip: true },
    {
      format: 'pdf',
      fileName: 'groep.pdf',
      seeds: [pdf],
      tokens: [
        '%PDF-1.4\n',
        'obj',
        'endobj',
        'stream\n',
        'endstream',
        'xref',
        'trailer',
        '<<',
        '>>',
        '/Length 99',
        '(R1: ja) Tj',
      ],
    },
  ];
};

describe.each(fixtureCases())('fuzz $format', ({ format, fileName, seeds, tokens, zip }) => {
  beforeAll(async () => {
    // Load lazily imported parsers (pdf.js) before any input is timed.
    for (const seed of seeds) await parseTranscript(fileName, seed);
  });

  it('every seed parses', async () => {
    for (const seed of seeds) {
      const result = await parseTranscript(fileName, seed);
      expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
      expectSane(result);
    }
  });

  it(
    'random bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, (bytes) => check(fileName, bytes)),
        params('bytes'),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'random text',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomText(tokens), fc.boolean(), (text, plain) =>
          check(fileName, utf8(text), plain),
        ),
        params('text'),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    `mutated ${format} files`,
    async () => {
      const inputs = zip ? mutatedZip(seeds) : mutated(seeds);
      await fc.assert(
        fc.asyncProperty(inputs, fc.boolean(), (bytes, plain) => check(fileName, bytes, plain)),
        params('mutated'),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
