import mammoth from 'mammoth';
import type { Result } from '../model.ts';
import { blocksToSegments } from './blocks.ts';
import { htmlBlocks } from './html.ts';
import { detectSpeakers } from './speakers.ts';
import type { Segmented } from './types.ts';
import { declaresEntities, openZip, type ZipLimits } from './zip.ts';

type MammothInput = Parameters<typeof mammoth.extractRawText>[0];

/** Mammoth reads `buffer` in Node and `arrayBuffer` in the browser build; give it both. */
function mammothInput(bytes: Uint8Array): MammothInput {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const arrayBuffer = whole ? bytes.buffer : bytes.slice().buffer;
  return { buffer: bytes, arrayBuffer } as unknown as MammothInput;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

async function fromHtml(bytes: Uint8Array, withoutSpeakers: boolean): Promise<Segmented> {
  const ignoreImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const { value } = await mammoth.convertToHtml(mammothInput(bytes), { convertImage: ignoreImages });
  return blocksToSegments(htmlBlocks(value), withoutSpeakers);
}

/**
 * Reads a .docx transcript: limits checked with our own zip reader first, then mammoth. Paragraph
 * documents go through mammoth.extractRawText and speaker detection; documents with tables through
 * mammoth.convertToHtml so that speaker/text columns can be read.
 */
export async function parseDocx(
  bytes: Uint8Array,
  options: { withoutSpeakers?: boolean; zipLimits?: ZipLimits } = {},
): Promise<Result<Segmented>> {
  if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, reason: 'import.docxProtected' };
  const zip = openZip(bytes, ['word/document.xml'], options.zipLimits);
  if (!zip.ok) return zip.reason === 'import.corruptZip' ? { ok: false, reason: 'import.corruptDocx' } : zip;
  const documentXml = zip.data.get('word/document.xml');
  if (!documentXml) return { ok: false, reason: 'import.corruptDocx' };
  if (declaresEntities(documentXml)) return { ok: false, reason: 'import.xmlEntities' };
  const withoutSpeakers = options.withoutSpeakers === true;
  try {
    if (hasTable(documentXml)) return { ok: true, data: await fromHtml(bytes, withoutSpeakers) };
    const { value } = await mammoth.extractRawText(mammothInput(bytes));
    return { ok: true, data: detectSpeakers(value, { withoutSpeakers }) };
  } catch {
    return { ok: false, reason: 'import.corruptDocx' };
  }
}

const TABLE = [60, 119, 58, 116, 98, 108]; // "<w:tbl"

function hasTable(xml: Uint8Array): boolean {
  let i = xml.indexOf(TABLE[0]!);
  while (i >= 0 && i < xml.length - TABLE.length) {
    if (TABLE.every((b, k) => xml[i + k] === b) && (xml[i + 6] === 62 || xml[i + 6] === 32)) return true;
    i = xml.indexOf(TABLE[0]!, i + 1);
  }
  return false;
}
