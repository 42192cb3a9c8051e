/**
 * Safe XML for untrusted REFI-QDA files: no DOCTYPE, no entity declarations, no entity expansion
 * (XXE and "billion laughs" are refused before parsing), and small helpers for writing.
 */
import type { Result } from '../model.ts';
import { isSpace } from '../import/cues.ts';

/**
 * A parsed element: its text (entities already decoded) in `t`; its attributes and child elements through
 * attr, child and children. Kept small (one object per element, attributes read from the text when asked
 * for): a study's project.qde has 300,000 elements, and every object the parser keeps is copied by the
 * garbage collector as it grows (with an object per attribute list, child list and value, that copying was
 * most of the parse).
 */
export type XmlNode = {
  /** The document the element was read from. */
  readonly x: string;
  /** Its name. */
  readonly k: Name;
  /** Where its attributes are written in `x`: from the end of its name to the end of the last value. */
  readonly s: number;
  e: number;
  /** Its first child element and its next sibling. */
  f: XmlNode | undefined;
  n: XmlNode | undefined;
  t: string;
};

const MAX_DEPTH = 256;

/** What `/\s/` matches (and String.prototype.trim removes), by UTF-16 code unit: the cue parser's test. */
export const isXmlSpace = isSpace;

/** True when `xml` has `<!DOCTYPE` or `<!ENTITY` anywhere, in any (ASCII) case. */
function hasDeclarations(xml: string): boolean {
  const matches = (at: number, word: string): boolean => {
    for (let k = 0; k < word.length; k++)
      if ((xml.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
    return true;
  };
  for (let at = xml.indexOf('<!'); at >= 0; at = xml.indexOf('<!', at + 2))
    if (matches(at + 2, 'doctype') || matches(at + 2, 'entity')) return true;
  return false;
}

/** A name as it is written and its local part (after a prefix), met once and reused (see `names`). */
export type Name = { raw: string; local: string; xmlns: boolean };

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function fail(detail: string, at: number): Result<XmlNode> {
  return { ok: false, reason: 'exchange.xml.malformed', params: { detail: `${detail} at character ${at}` } };
}

/**
 * Parses untrusted XML into nodes, refusing DOCTYPE and ENTITY declarations outright. A small scanner of
 * our own rather than fast-xml-parser: on a 47 MB project.qde (100,000 codings) fast-xml-parser alone
 * took ~6 s, over the whole 5 s import budget; this takes well under one. It understands exactly what
 * REFI-QDA files use (elements, attributes, text, CDATA, comments, processing instructions), decodes
 * only the five predefined entities and numeric references, and never expands anything.
 *
 * Start tags are read character by character (a name, then whitespace-separated `name="value"` or
 * `name='value'` attributes, then `>` or `/>`), and element and attribute names already met are reused
 * rather than cut from the text again: a study's file has a few dozen names in 300,000 elements.
 */
export function parseXml(xml: string): Result<XmlNode> {
  if (hasDeclarations(xml)) return { ok: false, reason: 'exchange.xml.entities' };
  const names: Name[] = [];
  const root: XmlNode = {
    x: xml,
    k: { raw: '', local: '', xmlns: false },
    s: 0,
    e: 0,
    f: undefined,
    n: undefined,
    t: '',
  };
  const nodes: XmlNode[] = [root];
  /** The last child of each open element, where the next one goes. */
  const lasts: (XmlNode | undefined)[] = [undefined];
  let top = root;
  const nameAt = (from: number, to: number): Name => {
    const length = to - from;
    for (const name of names) if (name.raw.length === length && xml.startsWith(name.raw, from)) return name;
    const raw = xml.slice(from, to);
    const name = { raw, local: localName(raw), xmlns: raw === 'xmlns' || raw.startsWith('xmlns:') };
    if (names.length < 256) names.push(name);
    return name;
  };
  const n = xml.length;
  const nonSpace = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (!isXmlSpace(xml.charCodeAt(k))) return true;
    return false;
  };
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (top !== root) {
        if (top.t !== '' || !top.f || nonSpace(i, end)) top.t += decodeEntities(xml.slice(i, end));
      } else if (nonSpace(i, end)) return fail('text outside the root element', i);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) return fail('unclosed comment', lt);
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0) return fail('unclosed CDATA', lt);
        top.t += xml.slice(lt + 9, close);
        i = close + 3;
      } else return fail('unexpected declaration', lt);
    } else if (next === 63 /* ? */) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) return fail('unclosed processing instruction', lt);
      i = close + 2;
    } else if (next === 47 /* / */) {
      const close = xml.indexOf('>', lt + 2);
      if (close < 0) return fail('unclosed end tag', lt);
      let from = lt + 2;
      let to = close;
      while (from < to && isXmlSpace(xml.charCodeAt(from))) from++;
      while (to > from && isXmlSpace(xml.charCodeAt(to - 1))) to--;
      const open = top.k.raw;
      if (nodes.length < 2 || to - from !== open.length || !xml.startsWith(open, from))
        return fail(`unexpected </${xml.slice(from, to).slice(0, 50)}>`, lt);
      nodes.pop();
      lasts.pop();
      top = nodes[nodes.length - 1]!;
      i = close + 1;
    } else {
      // The element's name: anything up to whitespace, '/', '>', '!' or '?'.
      let p = lt + 1;
      for (let c = xml.charCodeAt(p); p < n; c = xml.charCodeAt(++p))
        if (isXmlSpace(c) || c === 47 || c === 62 || c === 33 || c === 63) break;
      if (p === lt + 1) return fail('malformed start tag', lt);
      const tag = nameAt(lt + 1, p);
      const attributes = p;
      let attributesEnd = p;
      let empty = false;
      for (;;) {
        let q = p;
        while (q < n && isXmlSpace(xml.charCodeAt(q))) q++;
        const c = xml.charCodeAt(q);
        if (c === 62 /* > */) {
          p = q + 1;
          break;
        }
        if (c === 47 /* / */ && xml.charCodeAt(q + 1) === 62) {
          empty = true;
          p = q + 2;
          break;
        }
        // An attribute, after at least one whitespace: a name (up to whitespace, '=', '/' or '>'), '=', a quoted value.
        if (q === p) return fail('malformed start tag', lt);
        const from = q;
        for (let d = xml.charCodeAt(q); q < n; d = xml.charCodeAt(++q))
          if (isXmlSpace(d) || d === 61 || d === 47 || d === 62) break;
        if (q === from) return fail('malformed start tag', lt);
        while (q < n && isXmlSpace(xml.charCodeAt(q))) q++;
        if (xml.charCodeAt(q) !== 61 /* = */) return fail('malformed start tag', lt);
        q++;
        while (q < n && isXmlSpace(xml.charCodeAt(q))) q++;
        const quote = xml.charCodeAt(q);
        if (quote !== 34 && quote !== 39) return fail('malformed start tag', lt);
        const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
        if (close < 0) return fail('malformed start tag', lt);
        p = close + 1;
        attributesEnd = p;
      }
      const node: XmlNode = {
        x: xml,
        k: tag,
        s: attributes,
        e: attributesEnd,
        f: undefined,
        n: undefined,
        t: '',
      };
      if (top === root && root.f) return fail('a second root element', lt);
      const last = lasts[lasts.length - 1];
      if (last) last.n = node;
      else top.f = node;
      lasts[lasts.length - 1] = node;
      if (!empty) {
        if (nodes.length > MAX_DEPTH) return fail('elements nested too deeply', lt);
        nodes.push(node);
        lasts.push(undefined);
        top = node;
      }
      i = p;
    }
  }
  if (nodes.length > 1) return fail(`unclosed <${top.k.raw.slice(0, 50)}>`, n);
  if (!root.f) return fail('no root element', 0);
  return { ok: true, data: root };
}

/** The child elements of a node with a given (local) name, in order (always an array). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (let c = node?.f; c; c = c.n) if (c.k.local === name) found.push(c);
  return found;
}

/** The first child element with a given (local) name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  for (let c = node?.f; c; c = c.n) if (c.k.local === name) return c;
  return undefined;
}

/**
 * An attribute's (decoded) value, by local name; the last when several have it. Namespace declarations are
 * not attributes. Reads the start tag parseXml has checked: whitespace, a name, '=', a quoted value.
 */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const { x, e } = node;
  let value: string | undefined;
  let p = node.s;
  while (p < e) {
    while (isXmlSpace(x.charCodeAt(p))) p++;
    const from = p;
    for (let c = x.charCodeAt(p); !isXmlSpace(c) && c !== 61; c = x.charCodeAt(++p));
    const to = p;
    while (x.charCodeAt(p) !== 34 && x.charCodeAt(p) !== 39) p++;
    const close = x.indexOf(x[p]!, p + 1);
    if (matchesLocal(x, from, to, name)) value = x.slice(p + 1, close);
    p = close + 1;
  }
  return value === undefined ? undefined : decodeEntities(value);
}

/** True when the attribute name written at [from, to) has local name `name` and is no namespace declaration. */
function matchesLocal(x: string, from: number, to: number, name: string): boolean {
  if (to - from < name.length) return false;
  let local = from;
  while (local < to && x.charCodeAt(local) !== 58 /* : */) local++;
  local = local < to ? local + 1 : from;
  if (to - local !== name.length || !x.startsWith(name, local)) return false;
  return !(to - from === 5 && x.startsWith('xmlns', from)) && !x.startsWith('xmlns:', from);
}
/** The decoded text content of an element. */
export function textOf(node: XmlNode | undefined): string {
  return node?.t ?? '';
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
const INVALID =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters we must strip
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
