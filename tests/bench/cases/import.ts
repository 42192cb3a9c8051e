/**
 * Import benchmarks: a generated 1,000,000-character .docx transcript parsed, speaker-detected and
 * turned into records, against mammoth.extractRawText alone on the same bytes (target ≤ 1.5×); and
 * parse throughput of the text formats txt/vtt/srt/csv (target ≥ 20 MB/s each).
 */
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { timeAndCpu, type BenchCase } from '../harness.ts';
import { parseTranscript } from '../../../shared/import/parse.ts';
import { toProjectRecords } from '../../../shared/import/records.ts';

const WORDS = (
  'normaal kind ouders school hulp gesprek wijkteam jeugdarts zorgen label diagnose ' +
  'vertrouwen samen luisteren thuis klas leerkracht vraag antwoord eigenlijk gewoon ' +
  'misschien soms altijd niemand iedereen probleem kracht netwerk wachtlijst begeleiding'
).split(' ');
const NAMES = ['Gespreksleider', 'Sanne', 'Mohammed', 'Eva', 'Pieter', 'Fatima', 'Daan'];

/** A deterministic Dutch-like transcript of about `chars` characters, as paragraphs "Name: text". */
export function transcriptParagraphs(chars: number): string[] {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const words = Array.from({ length: 20 + next(80) }, () => WORDS[next(WORDS.length)]!);
    let text = words.join(' ').replace(/(\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+) /g, '$1. ');
    text = `${text[0]!.toUpperCase()}${text.slice(1)}.`;
    const paragraph = `${NAMES[next(NAMES.length)]!}: ${text}`;
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal valid .docx with one paragraph per string. */
function docxOf(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`)
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

let docx: Uint8Array | undefined;

async function ms(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function ours(bytes: Uint8Array): Promise<void> {
  const parsed = await parseTranscript('bench.docx', bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  if (parsed.data.speakers.length !== NAMES.length) throw new Error('speakers not detected');
  toProjectRecords(parsed.data, { name: 'bench', sourceHash: 'x' });
}

const docxCase: BenchCase = {
  name: 'import docx 1M chars: parse + speakers + records (ratio to mammoth.extractRawText)',
  unit: '×',
  target: 1.5,
  better: 'lower',
  runs: 7,
  setup: async () => {
    docx ??= docxOf(transcriptParagraphs(1_000_000));
    await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    await ours(docx);
  },
  run: async () => {
    const bytes = docx!;
    const reference = await ms(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
    const value = await ms(() => ours(bytes));
    if (process.env.KOOR_BENCH_VERBOSE)
      process.stderr.write(`  docx: ours ${value.toFixed(0)} ms, mammoth ${reference.toFixed(0)} ms\n`);
    return { value: value / reference };
  },
};

const fixtures = new URL('../../fixtures/transcripts/', import.meta.url);

/** A fixture repeated until it is about `bytes` long (vtt/srt blocks and csv rows stay whole). */
function enlarge(file: string, bytes: number): Uint8Array {
  const text = readFileSync(new URL(file, fixtures), 'utf8');
  const header = file.endsWith('.csv')
    ? `${text.split('\n')[0]}\n`
    : file.endsWith('.vtt')
      ? 'WEBVTT\n\n'
      : '';
  const body = text.slice(header.length).trimEnd() + '\n\n';
  return strToU8(header + body.repeat(Math.ceil(bytes / body.length)));
}

function throughput(ext: string, file: string): BenchCase {
  let bytes: Uint8Array | undefined;
  return {
    name: `import ${ext} parse throughput`,
    unit: 'MB/s',
    target: 20,
    better: 'higher',
    runs: 5,
    setup: async () => {
      bytes ??= enlarge(file, 10 * 1024 * 1024);
      await parseTranscript(`bench.${ext}`, bytes);
    },
    run: async () => {
      const data = bytes!;
      const { ms: elapsed, cpuMs } = await timeAndCpu(async () => {
        const r = await parseTranscript(`bench.${ext}`, data);
        if (!r.ok || r.data.turns.length === 0) throw new Error(`${ext} parse failed`);
      });
      const mb = data.length / (1024 * 1024);
      return { value: mb / (elapsed / 1000), cpu: mb / (cpuMs / 1000) };
    },
  };
}

let patterned: Uint8Array | undefined;
const PATTERN = '(?<speaker>\\p{Lu}\\p{Ll}+):';

/** The preview's re-detect: a 1,000,000-character text transcript parsed again with the user's label pattern. */
const patternCase: BenchCase = {
  name: 'import re-detect 1M chars with a custom label pattern',
  unit: 'ms',
  target: 300,
  better: 'lower',
  runs: 7,
  setup: async () => {
    patterned ??= strToU8(transcriptParagraphs(1_000_000).join('\n\n'));
    await parseTranscript('bench.txt', patterned, { labelPattern: PATTERN });
  },
  run: async () => {
    const bytes = patterned!;
    const { ms: elapsed, cpuMs } = await timeAndCpu(async () => {
      const r = await parseTranscript('bench.txt', bytes, { labelPattern: PATTERN });
      if (!r.ok || r.data.speakers.length !== NAMES.length) throw new Error('pattern re-detect failed');
    });
    return { value: elapsed, cpu: cpuMs };
  },
};

export const cases: BenchCase[] = [
  docxCase,
  patternCase,
  throughput('txt', '03_jgz_tijdcodes.txt'),
  throughput('vtt', '01_jongeren_teams.vtt'),
  throughput('srt', '06_onderwijs.srt'),
  throughput('csv', '05_gemeente_export.csv'),
];
