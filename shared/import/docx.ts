import mammoth from 'mammoth';
import type { Result } from '../model.ts';
import { blocksToSegments } from './blocks.ts';
import { htmlBlocks } from './html.ts';
import { detectSpeakers, type DetectOptions } from './speakers.ts';
import type { Segmented } from './types.ts';
import { declaresEntities, openZip, startsLikeZip, type ZipLimits } from './zip.ts';

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
  // Not even a zip (a picture or PDF renamed to .docx): re-saving in Word will not help, choosing another file will.
  if (!startsLikeZip(bytes)) return { ok: false, reason: 'import.notDocx' };
  const zip = openZip(bytes, ['word/document.xml'], options.zipLimits);
  if (!zip.ok) return zip.reason === 'import.corruptZip' ? { ok: false, reason: 'import.corruptDocx' } : zip;
  const documentXml = zip.data.get('word/document.xml');
  if (!documentXml) return { ok: false, reason: 'import.corruptDocx' };
  if (declaresEntities(documentXml)) return { ok: false, reason: 'import.xmlEntities' };
  const { zipLimits: _limits, ...detect } = options;
  try {
    const xml = new TextDecoder('latin1').decode(documentXml);
    // A table can hold the speakers in a column: read those documents as HTML.
    if (TABLE.test(xml)) return { ok: true, data: await fromHtml(bytes, detect) };
    const { value } = await mammoth.extractRawText(mammothInput(bytes));
    const plain = detectSpeakers(value, { ...detect, unit: 'paragraph' });
    // A bold run at the start of a paragraph ("**Anna**⇥text") is lost in raw text: when nothing was
    // found and the document has bold, read it again as HTML (slower, so only then).
    if (plain.plain && !detect.withoutSpeakers && BOLD.test(xml))
      return { ok: true, data: await fromHtml(bytes, detect) };
    return { ok: true, data: plain };
  } catch {
    return { ok: false, reason: 'import.corruptDocx' };
  }
}

// The XML is ASCII where these matter; it is decoded as latin1, which is cheap and never fails.
const TABLE = /<w:tbl[\s>]/;
const BOLD = /<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/;
