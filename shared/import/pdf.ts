import type * as PdfJsModule from 'pdfjs-dist';
import type { Result } from '../model.ts';
import { detectSpeakers, type DetectOptions } from './speakers.ts';
import type { Segmented } from './types.ts';

type PdfJs = typeof PdfJsModule;

/**
 * pdf.js: the legacy build in Node (the CLI, tests), the standard build in the browser, where the app
 * publishes the URL of pdf.js's worker (bundled as a file of its own) as `globalThis.koorPdfWorkerSrc`.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const inNode = typeof globalThis.process?.versions?.node === 'string';
  if (inNode) return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const pdfjs = await import('pdfjs-dist');
  const workerSrc = (globalThis as { koorPdfWorkerSrc?: string }).koorPdfWorkerSrc;
  if (workerSrc && !pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  return pdfjs;
}

const PAGE_NUMBER = /^(?:pagina|page|blz\.?|p\.)?\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?$/i;

type TextItem = { str: string; hasEOL: boolean };

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item;
}

/** Reads the text layer of a PDF and detects speakers; password-protected and image-only PDFs are refused. */
export async function parsePdf(bytes: Uint8Array, options: DetectOptions = {}): Promise<Result<Segmented>> {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let lines: string[];
  try {
    const doc = await task.promise;
    lines = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      lines.push(line, '');
      page.cleanup();
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { ok: false, reason: name === 'PasswordException' ? 'import.pdfPassword' : 'import.corruptPdf' };
  } finally {
    await task.destroy();
  }
  const kept = lines.filter((l) => !PAGE_NUMBER.test(l.trim()));
  const text = kept.join('\n');
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'import.pdfNoText' };
  return { ok: true, data: detectSpeakers(text, options) };
}
