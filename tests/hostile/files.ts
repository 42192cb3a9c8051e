/**
 * Hostile and broken files, built from the real fixtures: truncated and bombed archives, XML with external
 * entities and "billion laughs", `../` entries, binary data named .txt, empty files, an unknown encoding.
 * Built in memory (a 300 MB zip bomb is 300 kB) for the unit tests (tests/unit/hostile.test.ts) and the
 * end-to-end test (tests/e2e/hostile.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { sampleProject } from '../../shared/exchange/testProject.ts';
import { minimalOdt, withDeclaredSize } from '../../shared/import/testing/zip.ts';

/** Where a hostile file goes in: the transcript import, the project import, or the codebook import. */
export type Door = 'transcript' | 'project' | 'codebook';

export type HostileFile = {
  name: string;
  door: Door;
  bytes: Uint8Array;
  /** The message key the file must be refused with. */
  reason: string;
  /** A piece of the Dutch message the user sees. */
  dutch: string;
};

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const read = (relative: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, relative)));

const LAUGHS = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
  '',
);

/** A DOCTYPE declaring "billion laughs" (10^9 × "lol" when expanded). */
export const BILLION_LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${LAUGHS}]>`;

/** A DOCTYPE declaring an external entity that would read a local file. */
export const EXTERNAL_ENTITY = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

function withDoctype(xml: string, doctype: string, reference: string): string {
  return xml
    .replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}${doctype}`)
    .replace(/<w:t( [^>]*)?>/, (tag) => `${tag}${reference}`);
}

function docxWith(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(read('transcripts/04_jeugdhulp.docx'));
  change(files);
  return zipSync(files);
}

function qdpxWith(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(writeProject(sampleProject()));
  change(files);
  return zipSync(files);
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Sets the uncompressed size in both the local header and the central directory (a consistent lie). */
function lyingSize(zip: Uint8Array, entryName: string, declared: number): Uint8Array {
  const out = withDeclaredSize(zip, entryName, declared);
  const view = new DataView(out.buffer);
  const name = strToU8(entryName);
  for (let i = 0; i + 30 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50 || view.getUint16(i + 26, true) !== name.length) continue;
    if (name.every((b, k) => out[i + 30 + k] === b)) view.setUint32(i + 22, declared, true);
  }
  return out;
}

const MB = 1024 * 1024;

/** Every hostile file (except the 200 MB one, see `tooLarge`), with the reason and Dutch text it must get. */
export function hostileFiles(): HostileFile[] {
  const docx = read('transcripts/04_jeugdhulp.docx');
  return [
    {
      name: 'afgebroken.docx',
      door: 'transcript',
      bytes: docx.subarray(0, Math.floor(docx.length / 2)),
      reason: 'import.corruptDocx',
      dutch: 'afgebroken.docx is geen leesbaar Word-document',
    },
    {
      name: 'zipbom.docx',
      door: 'transcript',
      bytes: docxWith((f) => (f['word/media/nullen.bin'] = new Uint8Array(300 * MB))),
      reason: 'import.zipBomb',
      dutch: 'zipbom.docx is geweigerd: het archief pakt uit tot een onwaarschijnlijk grote hoeveelheid',
    },
    {
      // The header says 1 kB; the entry inflates to 64 MB. Caught after one step, not after inflating it all.
      name: 'liegende-zipbom.docx',
      door: 'transcript',
      bytes: lyingSize(
        docxWith((f) => (f['word/media/nullen.bin'] = new Uint8Array(64 * MB))),
        'word/media/nullen.bin',
        1024,
      ),
      reason: 'import.zipBomb',
      dutch: 'liegende-zipbom.docx is geweigerd',
    },
    {
      name: 'lachsalvo.docx',
      door: 'transcript',
      bytes: docxWith(
        (f) =>
          (f['word/document.xml'] = strToU8(
            withDoctype(text(f['word/document.xml']!), BILLION_LAUGHS, '&lol9;'),
          )),
      ),
      reason: 'import.xmlEntities',
      dutch: 'lachsalvo.docx is geweigerd: het bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'extern.docx',
      door: 'transcript',
      bytes: docxWith(
        (f) =>
          (f['word/document.xml'] = strToU8(
            withDoctype(text(f['word/document.xml']!), EXTERNAL_ENTITY, '&xxe;'),
          )),
      ),
      reason: 'import.xmlEntities',
      dutch: 'extern.docx is geweigerd: het bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'lachsalvo.odt',
      door: 'transcript',
      bytes: (() => {
        const odt = unzipSync(minimalOdt('<text:p>R1: &lol9;</text:p>'));
        const content = text(odt['content.xml']!).replace(/^(<\?xml[^>]*\?>)/, `$1${BILLION_LAUGHS}`);
        return zipSync({ ...odt, 'content.xml': strToU8(content) });
      })(),
      reason: 'import.xmlEntities',
      dutch: 'lachsalvo.odt is geweigerd: het bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'uitbraak.docx',
      door: 'transcript',
      bytes: docxWith((f) => (f['../../uitbraak.txt'] = strToU8('ontsnapt'))),
      reason: 'import.zipUnsafePath',
      dutch: 'uitbraak.docx is geweigerd: het archief bevat een onveilig pad (../../uitbraak.txt)',
    },
    {
      name: 'plaatje.txt',
      door: 'transcript',
      bytes: read('bad/binary.txt'),
      reason: 'import.binary',
      dutch: 'plaatje.txt bevat geen leesbare tekst',
    },
    {
      name: 'leeg.txt',
      door: 'transcript',
      bytes: new Uint8Array(0),
      reason: 'import.empty',
      dutch: 'leeg.txt is leeg',
    },
    {
      name: 'leeg.docx',
      door: 'transcript',
      bytes: new Uint8Array(0),
      reason: 'import.empty',
      dutch: 'leeg.docx is leeg',
    },
    {
      name: 'utf32.txt',
      door: 'transcript',
      bytes: new Uint8Array([0xff, 0xfe, 0, 0, ...[...'R1: hoi'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]),
      reason: 'import.encoding',
      dutch: 'De tekencodering van utf32.txt kon niet worden bepaald',
    },
    {
      name: 'zipbom.qdpx',
      door: 'project',
      bytes: qdpxWith((f) => (f['sources/nullen.txt'] = new Uint8Array(300 * MB))),
      reason: 'exchange.zip.bomb',
      dutch: 'Het projectbestand lijkt een zip-bom',
    },
    {
      name: 'liegende-zipbom.qdpx',
      door: 'project',
      bytes: lyingSize(
        qdpxWith((f) => (f['sources/nullen.txt'] = new Uint8Array(64 * MB))),
        'sources/nullen.txt',
        1024,
      ),
      reason: 'exchange.zip.bomb',
      dutch: 'Het projectbestand lijkt een zip-bom',
    },
    {
      name: 'lachsalvo.qdpx',
      door: 'project',
      bytes: qdpxWith(
        (f) =>
          (f['project.qde'] = strToU8(
            text(f['project.qde']!)
              .replace(/^(<\?xml[^>]*\?>)/, `$1${BILLION_LAUGHS}`)
              .replace('<Project ', '<Project x="&lol9;" '),
          )),
      ),
      reason: 'exchange.xml.entities',
      dutch: 'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'extern.qdpx',
      door: 'project',
      bytes: qdpxWith(
        (f) =>
          (f['project.qde'] = strToU8(
            text(f['project.qde']!).replace(/^(<\?xml[^>]*\?>)/, `$1${EXTERNAL_ENTITY}`),
          )),
      ),
      reason: 'exchange.xml.entities',
      dutch: 'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'uitbraak.qdpx',
      door: 'project',
      bytes: qdpxWith((f) => (f['../uitbraak.txt'] = strToU8('ontsnapt'))),
      reason: 'exchange.zip.unsafeName',
      dutch: 'Het projectbestand bevat een onveilige bestandsnaam (../uitbraak.txt)',
    },
    {
      name: 'afgebroken.qdpx',
      door: 'project',
      bytes: writeProject(sampleProject()).subarray(0, 300),
      reason: 'exchange.zip.notZip',
      dutch: 'Dit is geen geldig REFI-QDA-projectbestand',
    },
    {
      name: 'leeg.qdpx',
      door: 'project',
      bytes: new Uint8Array(0),
      reason: 'exchange.zip.empty',
      dutch: 'Dit bestand is leeg (0 bytes)',
    },
    {
      name: 'lachsalvo.qdc',
      door: 'codebook',
      bytes: strToU8(
        `<?xml version="1.0" encoding="utf-8"?>${BILLION_LAUGHS}<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="&lol9;" isCodable="true"/></Codes></CodeBook>`,
      ),
      reason: 'exchange.xml.entities',
      dutch: 'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie',
    },
    {
      name: 'extern.qdc',
      door: 'codebook',
      bytes: strToU8(
        `<?xml version="1.0" encoding="utf-8"?>${EXTERNAL_ENTITY}<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="&xxe;" isCodable="true"/></Codes></CodeBook>`,
      ),
      reason: 'exchange.xml.entities',
      dutch: 'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie',
    },
  ];
}

/** A 200 MB transcript: refused by its size before anything is read. */
export function tooLarge(): HostileFile {
  return {
    name: 'enorm.txt',
    door: 'transcript',
    bytes: new Uint8Array(200 * MB).fill(0x61),
    reason: 'import.tooLarge',
    dutch: 'enorm.txt is te groot (200 MB; maximaal 100 MB)',
  };
}
