import type { Block } from './blocks.ts';
import { decodeEntities } from './entities.ts';

const BLOCK = /<(table)\b[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\3>/g;

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''));
}

const BOLD_LEAD = /^<strong>([^<]{1,63})<\/strong>([\s\S]*)$/;

/**
 * A paragraph's text; a bold run at its start followed by more text is a speaker label in many
 * Word transcripts ("**Anna**⇥Ik denk…"): written as "Anna: Ik denk…" so detection can weigh it.
 */
function paragraphText(html: string): string {
  const m = html.startsWith('<strong>') ? BOLD_LEAD.exec(html) : null;
  if (!m) return textOf(html);
  const bold = textOf(m[1]!).trim();
  const rest = textOf(m[2]!).trim();
  if (!rest || bold.endsWith(':') || /[.,;!?]$/.test(bold) || rest.startsWith(':')) return textOf(html);
  return `${bold}: ${rest}`;
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
      blocks.push({ kind: 'paragraph', text: paragraphText(m[4]!) });
    }
  }
  return blocks;
}
