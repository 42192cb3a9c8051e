import { XMLParser } from 'fast-xml-parser';
import type { Result } from '../model.ts';
import type { Block } from './blocks.ts';
import { blocksToSegments } from './blocks.ts';
import type { DetectOptions } from './speakers.ts';
import { decodeEntities } from './entities.ts';
import type { Segmented } from './types.ts';
import { declaresEntities, openZip, startsLikeZip, type ZipLimits } from './zip.ts';

/** A node of fast-xml-parser's order-preserving output. */
type XmlNode = { [tag: string]: XmlNode[] | string | Record<string, string> | undefined };

const SKIP = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'draw:frame']);

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function children(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? value : [];
}

/** The text of a paragraph: spans, <text:s text:c="n"/> spaces, tabs and line breaks. */
function inlineText(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (tag === '#text') out.push(decodeEntities(String(node[tag])));
    else if (tag === 'text:s') {
      const attrs = node[':@'] as Record<string, string> | undefined;
      out.push(' '.repeat(Math.min(Number(attrs?.['text:c'] ?? 1) || 1, 1000)));
    } else if (tag === 'text:tab') out.push('\t');
    else if (tag === 'text:line-break') out.push('\n');
    else if (!SKIP.has(tag)) inlineText(children(node, tag), out);
  }
}

function paragraphText(node: XmlNode, tag: string): string {
  const out: string[] = [];
  inlineText(children(node, tag), out);
  return out.join('');
}

function cellText(cell: XmlNode): string {
  const texts: string[] = [];
  const walk = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'text:p' || tag === 'text:h') texts.push(paragraphText(node, tag));
      else if (tag && tag !== '#text' && !SKIP.has(tag)) walk(children(node, tag));
    }
  };
  walk(children(cell, 'table:table-cell'));
  return texts.join(' ').trim();
}

function tableRows(table: XmlNode): string[][] {
  const rows: string[][] = [];
  const walk = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'table:table-row')
        rows.push(
          children(node, tag)
            .filter((c) => tagOf(c) === 'table:table-cell')
            .map(cellText),
        );
      else if (tag === 'table:table-header-rows' || tag === 'table:table-rows') walk(children(node, tag));
    }
  };
  walk(children(table, 'table:table'));
  return rows;
}

function collectBlocks(nodes: XmlNode[], blocks: Block[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag || tag === '#text' || tag === ':@' || SKIP.has(tag)) continue;
    if (tag === 'text:p' || tag === 'text:h')
      blocks.push({ kind: 'paragraph', text: paragraphText(node, tag) });
    else if (tag === 'table:table') blocks.push({ kind: 'table', rows: tableRows(node) });
    else collectBlocks(children(node, tag), blocks);
  }
}

/** The paragraphs and tables of an ODF content.xml, in document order (entities are never expanded). */
export function odtBlocks(contentXml: string): Block[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const root = parser.parse(contentXml) as XmlNode[];
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
  return blocks;
}

/** Reads an .odt transcript: zip limits first, then content.xml with fast-xml-parser, then speaker detection. */
export function parseOdt(
  bytes: Uint8Array,
  options: DetectOptions & { zipLimits?: ZipLimits } = {},
): Result<Segmented> {
  if (!startsLikeZip(bytes)) return { ok: false, reason: 'import.notOdt' };
  const zip = openZip(bytes, ['content.xml'], options.zipLimits);
  if (!zip.ok) return zip.reason === 'import.corruptZip' ? { ok: false, reason: 'import.corruptOdt' } : zip;
  const content = zip.data.get('content.xml');
  if (!content) return { ok: false, reason: 'import.corruptOdt' };
  if (declaresEntities(content)) return { ok: false, reason: 'import.xmlEntities' };
  try {
    const blocks = odtBlocks(new TextDecoder('utf-8').decode(content));
    return { ok: true, data: blocksToSegments(blocks, options) };
  } catch {
    return { ok: false, reason: 'import.corruptOdt' };
  }
}
