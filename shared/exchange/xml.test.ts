import { describe, expect, it } from 'vitest';
import { attr, child, children, isXmlSpace, parseXml, textOf, type XmlNode } from './xml.ts';

function rootOf(xml: string): XmlNode {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.data;
}
const detail = (xml: string) => {
  const parsed = parseXml(xml);
  return parsed.ok ? 'ok' : (parsed.params?.detail ?? parsed.reason);
};

describe('parseXml', () => {
  it('reads attributes by local name, the last of several, never namespace declarations', () => {
    const root = rootOf(
      `<p:Project xmlns="u" xmlns:p="v" q:z="2" z = '3' z="4&amp;5" r:s:t="6" name="a &lt; b"/>`,
    );
    const project = child(root, 'Project')!;
    expect(attr(project, 'z')).toBe('4&5');
    expect(attr(project, 's:t')).toBe('6');
    expect(attr(project, 't')).toBeUndefined();
    expect(attr(project, 'name')).toBe('a < b');
    expect(attr(project, 'xmlns')).toBeUndefined();
    expect(attr(project, 'p')).toBeUndefined();
    expect(attr(project, 'missing')).toBeUndefined();
  });

  it('keeps children in order by name, and text with entities and CDATA', () => {
    const root = child(
      rootOf('<a>\n <b g="1"/><c>x&#65;<![CDATA[<&>]]></c><b g="2"> </b>  <!-- n --></a>'),
      'a',
    )!;
    expect(children(root, 'b').map((b) => attr(b, 'g'))).toEqual(['1', '2']);
    expect(textOf(child(root, 'c'))).toBe('xA<&>');
    expect(textOf(children(root, 'b')[1])).toBe(' ');
    expect(textOf(root)).toBe('\n   ');
    expect(children(root, 'none')).toEqual([]);
  });

  it('treats the whitespace /\\s/ knows as whitespace in tags', () => {
    for (let c = 0; c < 0x10000; c++)
      expect(isXmlSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
    expect(attr(child(rootOf('<a\u00a0b="1"\u2028/>'), 'a'), 'b')).toBe('1');
    expect(detail('<a></ a\u3000>')).toBe('ok');
  });

  it('refuses malformed start tags, stray text and unbalanced elements with where they are', () => {
    expect(detail('<a b="1"c="2"/>')).toBe('malformed start tag at character 0');
    expect(detail('<a><b x=1/></a>')).toBe('malformed start tag at character 3');
    expect(detail('<a/ >')).toBe('malformed start tag at character 0');
    expect(detail('<a!b/>')).toBe('malformed start tag at character 0');
    expect(detail('<a b="1>')).toBe('malformed start tag at character 0');
    expect(detail('x<a/>')).toBe('text outside the root element at character 0');
    expect(detail('<a/><b/>')).toBe('a second root element at character 4');
    expect(detail('<a></b>')).toBe('unexpected </b> at character 3');
    expect(detail('<a><b>')).toBe('unclosed <b> at character 6');
    expect(detail('<?xml version="1.0"?>')).toBe('no root element at character 0');
    expect(parseXml('<a><!dOcTyPe x></a>')).toEqual({ ok: false, reason: 'exchange.xml.entities' });
    expect(parseXml('<a><!--<!Entity--></a>')).toEqual({ ok: false, reason: 'exchange.xml.entities' });
  });
});
