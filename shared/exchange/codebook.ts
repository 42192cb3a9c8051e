/**
 * REFI-QDA codebook (.qdc): written valid against Codebook.xsd (namespace urn:QDA-XML:codebook:1.0),
 * read as real tools write it (ATLAS.ti's 0:4 namespace and upper-case GUIDs, NVivo without colours,
 * MAXQDA, Taguette, QualCoder). The namespace is not checked on import: element names are.
 */
import type { Code, Result, Warning } from '../model.ts';
import { readCodeElements, writeCodeElements } from './codeXml.ts';
import { child, children, escapeAttr, parseXml } from './xml.ts';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export type CodebookWriteOptions = { lang?: 'nl' | 'en'; origin?: string };

/** Writes codes as a REFI-QDA codebook (.qdc) XML document. */
export function writeCodebook(codes: Code[], options: CodebookWriteOptions = {}): string {
  const origin = options.origin ?? 'Koor';
  const body = codes.length
    ? writeCodeElements(codes, options.lang ?? 'nl', 2)
    : // The schema needs one <Code>; an empty codebook gets one placeholder category.
      `    <Code guid="00000000-0000-4000-8000-000000000000" name="${escapeAttr('(leeg)')}" isCodable="false"/>\n`;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="${escapeAttr(origin)}">\n  <Codes>\n${body}  </Codes>\n</CodeBook>\n`
  );
}

/** Reads a .qdc codebook from any REFI-QDA tool; GUIDs are kept (lower-cased). */
export function readCodebook(xml: string): Result<Code[]> {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = child(parsed.data, 'CodeBook') ?? child(child(parsed.data, 'Project'), 'CodeBook');
  if (!root) return { ok: false, reason: 'exchange.codebook.notCodebook' };
  const warnings: Warning[] = [];
  const codes = readCodeElements(children(child(root, 'Codes'), 'Code'), warnings);
  if (!codes.length) return { ok: false, reason: 'exchange.codebook.empty' };
  return warnings.length ? { ok: true, data: codes, warnings } : { ok: true, data: codes };
}
