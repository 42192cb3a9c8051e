/**
 * Safe XML for untrusted REFI-QDA files: no DOCTYPE, no entity declarations, no entity expansion
 * (XXE and "billion laughs" are refused before parsing), and small helpers for writing.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Result } from '../model.ts';

/** A parsed element: attributes as strings, children as arrays (see REPEATED). */
export type XmlNode = { [key: string]: string | XmlNode[] | undefined };

const FORBIDDEN = /<!DOCTYPE|<!ENTITY/i;

/** Elements read as arrays wherever they appear (others would collapse to a single object). */
const REPEATED = new Set([
  'Code',
  'Set',
  'MemberCode',
  'User',
  'Variable',
  'Case',
  'VariableValue',
  'SourceRef',
  'SelectionRef',
  'CodeRef',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'PictureSelection',
  'PDFSelection',
  'AudioSelection',
  'VideoSelection',
  'Transcript',
  'Coding',
  'NoteRef',
  'Note',
  'Codes',
  'Users',
  'Variables',
  'Cases',
  'Sources',
  'Notes',
  'CodeBook',
  'Description',
  'PlainTextContent',
  'VariableRef',
  'TextValue',
  'BooleanValue',
  'IntegerValue',
  'FloatValue',
  'DateValue',
  'DateTimeValue',
  'Representation',
  'TextDescription',
  'Sets',
  'Links',
  'Graphs',
  'Project',
]);

/** Parses untrusted XML into nodes, refusing DOCTYPE and ENTITY declarations outright. */
export function parseXml(xml: string): Result<XmlNode> {
  if (FORBIDDEN.test(xml)) return { ok: false, reason: 'exchange.xml.entities' };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name),
  });
  try {
    return { ok: true, data: parser.parse(xml, true) as XmlNode };
  } catch (error) {
    return {
      ok: false,
      reason: 'exchange.xml.malformed',
      params: { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) },
    };
  }
}

/** The child elements of a node with a given name (always an array). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  // Text-only elements may come back as bare strings; give them one shape.
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': String(item ?? '') },
  );
}

/** The first child element with a given name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute, with the five XML entities and character references decoded. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[name];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** The decoded text content of an element (a string child or its #text). */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const raw = node['#text'];
  return typeof raw === 'string' ? decodeEntities(raw) : '';
}

/** The decoded text of the first child element with a given name, or ''. */
export function childText(node: XmlNode | undefined, name: string): string {
  return textOf(child(node, name));
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes only the predefined XML entities and numeric references; never expands anything else. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- these are exactly the characters we must strip
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\r\n\t]/;

/** Escapes element text (and drops characters XML cannot hold). */
export function escapeText(value: string): string {
  const clean = value.replace(INVALID, '');
  if (!TEXT_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value, keeping newlines and tabs as character references. */
export function escapeAttr(value: string): string {
  const clean = value.replace(INVALID, '');
  if (!ATTR_SPECIAL.test(clean)) return clean;
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A valid xsd:dateTime for a timestamp, or undefined when it cannot be one. */
export function xsdDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value)
    ? value
    : undefined;
}
