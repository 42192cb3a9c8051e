import type { Block } from './blocks.ts';
import { decodeEntities } from './entities.ts';

const BLOCK = /<(table)\b[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\3>/g;

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''));
}

/** Splits mammoth's HTML into paragraphs and tables (nested tables are flattened into their cell text). */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  for (const m of html.matchAll(BLOCK)) {
    if (m[1]) {
      const rows: string[][] = [];
      for (const row of m[2]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
          textOf(c[1]!).trim(),
        );
        rows.push(cells);
      }
      blocks.push({ kind: 'table', rows });
    } else {
      blocks.push({ kind: 'paragraph', text: textOf(m[4]!) });
    }
  }
  return blocks;
}
