/**
 * The <Code> tree shared by the codebook (.qdc) and the project (project.qde): written by nesting,
 * read back into a flat list with parentId and sibling order.
 */
import { codesInTreeOrder } from '../codebook/tree.ts';
import type { Code, Id, Warning } from '../model.ts';
import { formatCodeDescription, parseCodeDescription } from './codeDescription.ts';
import { paletteColor } from '../codebook/palette.ts';
import { exportGuid, normaliseGuid } from './guids.ts';
import { attr, childText, children, escapeAttr, escapeText, type XmlNode } from './xml.ts';

/** A colour as #RRGGBB , or undefined when it is not a colour. */
export function normaliseColor(value: string | undefined): string | undefined {
  const match = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec((value ?? '').trim());
  if (!match) return undefined;
  // Six digits are kept as written so a round trip changes nothing; three are expanded.
  return match[1]!.length === 3
    ? `#${[...match[1]!]
        .map((c) => c + c)
        .join('')
        .toUpperCase()}`
    : `#${match[1]!}`;
}

/** Writes codes as nested <Code> elements; noteRefs adds <NoteRef>s (project only). */
export function writeCodeElements(
  codes: readonly Code[],
  lang: 'nl' | 'en',
  baseDepth: number,
  noteRefs?: ReadonlyMap<Id, string[]>,
): string {
  const ordered = codesInTreeOrder(codes);
  const out: string[] = [];
  const open: number[] = [];
  const close = (depth: number): void => {
    while (open.length && open[open.length - 1]! >= depth) {
      out.push(`${'  '.repeat(open.pop()! + baseDepth)}</Code>\n`);
    }
  };
  for (const { code, depth } of ordered) {
    close(depth);
    const pad = '  '.repeat(depth + baseDepth);
    const color = normaliseColor(code.color);
    const description = formatCodeDescription(code, lang);
    out.push(
      `${pad}<Code guid="${exportGuid(code.id)}" name="${escapeAttr(code.name)}" isCodable="${code.codable ? 'true' : 'false'}"${color ? ` color="${color}"` : ''}>\n`,
    );
    if (description) out.push(`${pad}  <Description>${escapeText(description)}</Description>\n`);
    for (const note of noteRefs?.get(code.id) ?? []) out.push(`${pad}  <NoteRef targetGUID="${note}"/>\n`);
    open.push(depth);
  }
  close(0);
  return out.join('');
}

/** Reads nested <Code> elements into a flat list; callback sees each element (for NoteRefs). */
export function readCodeElements(
  nodes: XmlNode[],
  warnings: Warning[],
  onCode?: (node: XmlNode, code: Code) => void,
): Code[] {
  const codes: Code[] = [];
  const seen = new Set<Id>();
  const visit = (list: XmlNode[], parentId: Id | null): void => {
    list.forEach((node, order) => {
      const rawGuid = attr(node, 'guid') ?? '';
      const id = normaliseGuid(rawGuid || `code:${parentId ?? ''}:${order}:${attr(node, 'name') ?? ''}`);
      if (seen.has(id)) {
        warnings.push({ key: 'exchange.warning.duplicateCode', params: { name: attr(node, 'name') ?? id } });
        return;
      }
      seen.add(id);
      const texts = parseCodeDescription(childText(node, 'Description'));
      const color = normaliseColor(attr(node, 'color'));
      const code: Code = {
        id,
        parentId,
        name: attr(node, 'name')?.trim() || '?',
        // Codes that come without a colour (NVivo, Taguette) get the palette's.
        color: color ?? paletteColor(codes.length),
        ...texts,
        order,
        codable:
          (attr(node, 'isCodable') ?? 'true').trim() !== 'false' && attr(node, 'isCodable')?.trim() !== '0',
      };
      codes.push(code);
      onCode?.(node, code);
      visit(children(node, 'Code'), id);
    });
  };
  visit(nodes, null);
  return codes;
}
