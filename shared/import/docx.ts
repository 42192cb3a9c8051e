import mammoth from 'mammoth';
import type { Result } from '../model.ts';
import { blocksToSegments } from './blocks.ts';
import { htmlBlocks } from './html.ts';
import { detectSpeakers, type DetectOptions } from './speakers.ts';
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

async function fromHtml(bytes: Uint8Array, options: DetectOptions): Promise<Segmented> {
  const ignoreImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const { value } = await mammoth.convertToHtml(mammothInput(bytes), { convertImage: ignoreImages });
  return blocksToSegments(htmlBlocks(value), options);
}

/**
 * Reads a .docx transcript: limits checked with our own zip reader first, then mammoth. Paragraph
 * documents go through mammoth.extractRawText and speaker detection; documents with tables through
 * mammoth.convertToHtml so that speaker/text columns can be read.
 */
export async function parseDocx(
  bytes: Uint8Array,
  options: DetectOptions & { zipLimits?: ZipLimits } = {},
): Promise<Result<Segmented>> {
  if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, reason: 'import.docxProtected' };
  const zip = openZip(bytes, ['word/document.xml'], options.zipLimits);
  if (!zip.ok) return zip.reason === 'import.corruptZip' ? { ok: false, reason: 'import.corruptDocx' } : zip;
  const documentXml = zip.data.get('word/document.xml');
  if (!documentXml) return { ok: false, reason: 'import.corruptDocx' };
  if (declaresEntities(documentXml)) return { ok: false, reason: 'import.xmlEntities' };
  const { zipLimits: _limits, ...detect } = options;
  try {
    // Tables, bold runs and headings can carry the speaker: read those documents as HTML.
    if (hasMarkup(documentXml)) return { ok: true, data: await fromHtml(bytes, detect) };
    const { value } = await mammoth.extractRawText(mammothInput(bytes));
    return { ok: true, data: detectSpeakers(value, { ...detect, unit: 'paragraph' }) };
  } catch {
    return { ok: false, reason: 'import.corruptDocx' };
  }
}

const MARKUP = [
  /<w:tbl[\s>]/, // a table
  /<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/, // bold
  /<w:pStyle\s+w:val="(?:Heading|Kop|Title|Titel)/i, // a heading style
];

function hasMarkup(xml: Uint8Array): boolean {
  // The XML is ASCII where it matters; latin1 decoding is cheap and keeps offsets.
  const text = new TextDecoder('latin1').decode(xml);
  return MARKUP.some((re) => re.test(text));
}
