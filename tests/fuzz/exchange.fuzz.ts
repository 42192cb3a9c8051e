/**
 * Fuzzing the REFI-QDA and codebook importers: .qdc (readCodebook), .qdpx (readProject), a bare
 * project.qde (readProjectXml) and codebook CSV (readCodebookCsv). Every input gives sane data (codings
 * inside their text, references that exist) or a reason the user can read, within a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readCodebook,
  readCodebookCsv,
  readProject,
  readProjectXml,
  writeProject,
  writeProjectXml,
} from '../../shared/exchange/index.ts';
import type { ProjectImport } from '../../shared/exchange/index.ts';
import { codebookToCsv } from '../../shared/exchange/codebookExport.ts';
import { sampleProject } from '../../shared/exchange/testProject.ts';
import type { Code, Result } from '../../shared/model.ts';
import {
  PROPERTY_TIMEOUT,
  expectKnownReason,
  expectKnownWarnings,
  fixture,
  fixtureFolder,
  mutated,
  mutatedXml,
  mutatedZip,
  params,
  randomBytes,
  randomText,
  timed,
  utf8,
} from './support.ts';
import { unzipSync, zipSync } from 'fflate';

function expectSaneCodes(codes: Code[]): void {
  const ids = new Set(codes.map((c) => c.id));
  expect(ids.size).toBe(codes.length);
  const byId = new Map(codes.map((c) => [c.id, c]));
  for (const code of codes) {
    expect(code.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(typeof code.name).toBe('string');
    if (code.parentId !== null) expect(ids.has(code.parentId), `parent of ${code.id}`).toBe(true);
    // No cycles: walking up ends at a root.
    let at: Code | undefined = code;
    for (let steps = 0; at && at.parentId !== null; steps++) {
      expect(steps).toBeLessThanOrEqual(codes.length);
      at = byId.get(at.parentId);
    }
  }
}

function expectSaneCodebook(result: Result<Code[]>): void {
  expectKnownReason(result);
  if (!result.ok) return;
  expectKnownWarnings(result.warnings);
  expect(result.data.length).toBeGreaterThan(0);
  expectSaneCodes(result.data);
}

function expectSaneProject(result: Result<ProjectImport>): void {
  expectKnownReason(result);
  if (!result.ok) return;
  expectKnownWarnings(result.warnings);
  const { project, report } = result.data;
  expectKnownWarnings(report);
  expectSaneCodes(project.codes);
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  expect(documents.size).toBe(project.documents.length);
  const codes = new Set(project.codes.map((c) => c.id));
  const speakers = new Map(project.speakers.map((s) => [s.id, s]));
  const within = (documentId: string, start: number, end: number): void => {
    const document = documents.get(documentId);
    expect(document, `document ${documentId}`).toBeDefined();
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= document!.text.length, `${start}-${end}`).toBe(true);
  };
  for (const coding of project.codings) {
    within(coding.documentId, coding.start, coding.end);
    expect(codes.has(coding.codeId)).toBe(true);
  }
  for (const turn of project.turns) {
    within(turn.documentId, turn.start, turn.end);
    if (turn.speakerId !== null) expect(speakers.has(turn.speakerId), `speaker ${turn.speakerId}`).toBe(true);
  }
}

const CODEBOOK_TOKENS = [
  '<?xml version="1.0"?>',
  '<CodeBook>',
  '</CodeBook>',
  '<Codes>',
  '</Codes>',
  '<Code guid="a" name="x" isCodable="true">',
  '</Code>',
  '<Code guid="b" name="y"/>',
  '<Description>',
  '</Description>',
  ' color="#ff0000"',
  '&amp;',
  '&#x1F600;',
  '&#xD800;',
  '&#99999999;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<',
  '>',
  '"',
  "'",
  '=',
];
const CSV_TOKENS = [
  'naam',
  'pad',
  'name',
  'path',
  'ouder',
  'kleur',
  'id',
  ',',
  ';',
  '\t',
  '\n',
  '"',
  ' > ',
  '/',
  '#00ff00',
  'ja',
  'nee',
  'Taal',
  'Taal > Labels',
];

const qdcSeeds = ['atlasti', 'maxqda', 'nvivo', 'qualcoder', 'taguette'].map((n) =>
  fixture(`refi-qda/${n}.qdc`),
);

function qdpxSeeds(): Uint8Array[] {
  const folders = ['atlasti', 'maxqda', 'nvivo', 'qualcoder'].map((n) =>
    zipSync(fixtureFolder(`refi-qda/${n}`)),
  );
  return [writeProject(sampleProject()), ...folders];
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A .qdpx whose project.qde had attribute values and texts replaced (positions, GUIDs, paths), re-zipped. */
function withMutatedQde(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const unpacked = seeds.map((s) => unzipSync(s));
  return fc
    .constantFrom(...unpacked)
    .chain((files) =>
      mutatedXml([decode(files['project.qde']!)]).map((xml) =>
        zipSync({ ...files, 'project.qde': utf8(xml) }),
      ),
    );
}

describe('fuzz qdc (readCodebook)', () => {
  const check = async (xml: string): Promise<void> =>
    expectSaneCodebook(await timed(() => readCodebook(xml)));

  it('every seed reads', () => {
    for (const seed of qdcSeeds) expect(readCodebook(decode(seed)).ok).toBe(true);
  });
  it(
    'random bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, (b) => check(decode(b))),
        params('bytes'),
      );
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'random text',
    async () => {
      await fc.assert(fc.asyncProperty(randomText(CODEBOOK_TOKENS), check), params('text'));
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'mutated codebooks',
    async () => {
      const inputs = fc.oneof(mutated(qdcSeeds).map(decode), mutatedXml(qdcSeeds.map(decode)));
      await fc.assert(fc.asyncProperty(inputs, check), params('mutated'));
    },
    PROPERTY_TIMEOUT,
  );
});

describe('fuzz qdpx (readProject)', () => {
  const seeds = qdpxSeeds();
  const check = async (bytes: Uint8Array): Promise<void> =>
    expectSaneProject(await timed(() => readProject(bytes)));

  it('every seed reads', () => {
    for (const seed of seeds) expect(readProject(seed).ok).toBe(true);
  });
  it(
    'random bytes',
    async () => {
      await fc.assert(fc.asyncProperty(randomBytes, check), params('bytes'));
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'random zips of random entries',
    async () => {
      // fflate's zipSync cannot write an entry named "__proto__" (it builds plain objects): leave it out.
      const entries = fc
        .uniqueArray(
          fc.tuple(
            fc.oneof(
              fc.constantFrom('project.qde', 'sources/a.txt', 'Sources/b.txt', 'x.qde'),
              fc.string({ maxLength: 20 }).filter((name) => name !== '__proto__'),
            ),
            fc.oneof(randomText(CODEBOOK_TOKENS).map(utf8), fc.uint8Array({ maxLength: 256 })),
          ),
          { maxLength: 5, selector: ([name]) => name },
        )
        .map((list) => {
          const files = Object.create(null) as Record<string, Uint8Array>;
          for (const [name, bytes] of list) files[name] = bytes;
          return files;
        });
      await fc.assert(
        fc.asyncProperty(entries, (files) => check(zipSync(files))),
        params('text'),
      );
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'mutated projects (entries mutated and re-zipped, or the zip itself)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(mutatedZip(seeds), withMutatedQde(seeds)), check),
        params('mutated'),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('fuzz qde (readProjectXml)', () => {
  const seeds = [
    utf8(writeProjectXml(sampleProject())),
    ...['atlasti', 'maxqda', 'nvivo', 'qualcoder'].map((n) => fixture(`refi-qda/${n}/project.qde`)),
  ];
  const check = async (xml: string): Promise<void> =>
    expectSaneProject(await timed(() => readProjectXml(xml)));

  it(
    'random bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, (b) => check(decode(b))),
        params('bytes'),
      );
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'random text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          randomText([
            ...CODEBOOK_TOKENS,
            '<Project>',
            '</Project>',
            '<Sources>',
            '<TextSource guid="d">',
            '<PlainTextContent>',
            '<PlainTextSelection startPosition="0" endPosition="9">',
            '<Coding>',
            '<CodeRef targetGUID="a"/>',
          ]),
          check,
        ),
        params('text'),
      );
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'mutated project.qde',
    async () => {
      const inputs = fc.oneof(mutated(seeds).map(decode), mutatedXml(seeds.map(decode)));
      await fc.assert(fc.asyncProperty(inputs, check), params('mutated'));
    },
    PROPERTY_TIMEOUT,
  );
});

describe('fuzz codebook csv (readCodebookCsv)', () => {
  const seeds = [
    utf8(codebookToCsv(sampleProject(), 'nl')),
    utf8('pad,kleur\nTaal,#ff0000\nTaal > Labels,\n'),
  ];
  const check = async (csv: string): Promise<void> =>
    expectSaneCodebook(await timed(() => readCodebookCsv(csv)));

  it('every seed reads', () => {
    for (const seed of seeds) expect(readCodebookCsv(decode(seed)).ok).toBe(true);
  });
  it(
    'random bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(randomBytes, (b) => check(decode(b))),
        params('bytes'),
      );
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'random text',
    async () => {
      await fc.assert(fc.asyncProperty(randomText(CSV_TOKENS), check), params('text'));
    },
    PROPERTY_TIMEOUT,
  );
  it(
    'mutated codebook CSV',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutated(seeds), (b) => check(decode(b))),
        params('mutated'),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
