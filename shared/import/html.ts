import { decodeEntities } from './entities.ts';

/** A block of a simple HTML document (as mammoth writes it): a paragraph's text or a table's cell texts. */
export type HtmlBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const BLOCK = /<(table)\b[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\3>/g;

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''));
}

/** Splits mammoth's HTML into paragraphs and tables (nested tables are flattened into their cell text). */
export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  for (const m of html.matchAll(BLOCK)) {
    if (m[1]) {
      const rows: string[][] = [];
      for (const row of m[2]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => textOf(c[1]!).trim());
        rows.push(cells);
      }
      blocks.push({ kind: 'table', rows });
    } else {
      blocks.push({ kind: 'paragraph', text: textOf(m[4]!) });
    }
  }
  return blocks;
}
