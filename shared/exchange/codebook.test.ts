import { describe, expect, it } from 'vitest';
import { fixtureText, schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import { interactionCodes, normaliserenTemplate } from '../codebook/template.ts';
import { readCodebook, writeCodebook } from './codebook.ts';

describe('writeCodebook', () => {
  it.each(['nl', 'en'] as const)('writes the %s template valid against Codebook.xsd', (lang) => {
    const codes = [...normaliserenTemplate(lang), ...interactionCodes(lang)];
    const xml = writeCodebook(codes, { lang });
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).not.toContain('<Sets');
    expect(schemaErrors(xml, 'Codebook')).toBe('');
    for (const code of codes) expect(xml).toContain(`guid="${code.id}"`);
    expect(xml).toMatch(
      /name="Visie: het goede gesprek" isCodable="false"|name="Vision: the good conversation" isCodable="false"/,
    );
  });

  it('writes an empty codebook that is still valid', () => {
    expect(schemaErrors(writeCodebook([]), 'Codebook')).toBe('');
  });

  it('round-trips definitions, criteria, examples, search terms, colours and hierarchy', () => {
    const codes = normaliserenTemplate('nl');
    const back = readCodebook(writeCodebook(codes));
    if (!back.ok) throw new Error(back.reason);
    expect(back.data).toEqual(codes);
  });

  it('escapes awkward names and keeps them', () => {
    const [first] = normaliserenTemplate('nl');
    const code = { ...first!, name: 'A & B <"c">\n', description: 'x < y & z' };
    const xml = writeCodebook([code]);
    expect(schemaErrors(xml, 'Codebook')).toBe('');
    const back = readCodebook(xml);
    expect(back.ok && back.data[0]!.name).toBe('A & B <"c">');
    expect(back.ok && back.data[0]!.description).toBe('x < y & z');
  });
});

describe('readCodebook from other tools', () => {
  it('reads ATLAS.ti (namespace 0:4, upper-case and braced GUIDs) and lower-cases GUIDs', () => {
    const result = readCodebook(fixtureText('atlasti.qdc'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.map((c) => c.id)).toEqual([
      '7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b',
      '7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6c',
      '7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6d',
    ]);
    expect(result.data[1]!.parentId).toBe(result.data[0]!.id);
    expect(result.data[0]!.inclusion).toBe('labels, diagnoses');
    expect(result.data[0]!.exclusion).toBe('behandeling zelf');
    expect(result.data[0]!.description).toBe('Woorden en labels waarmee over jongeren gesproken wordt.');
  });

  it('reads NVivo (no colours) with default colours and categories', () => {
    const result = readCodebook(fixtureText('nvivo.qdc'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data).toHaveLength(4);
    for (const code of result.data) expect(code.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(result.data.find((c) => c.name === 'Factoren')!.codable).toBe(false);
    expect(result.data.find((c) => c.name === 'Werkzaam')!.parentId).toBe(
      '4f3c2b1a-1111-4222-8333-444455556667',
    );
  });

  it('reads MAXQDA (sets ignored, short colours expanded, example parsed)', () => {
    const result = readCodebook(fixtureText('maxqda.qdc'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.map((c) => c.name)).toEqual(['Positieve blik', 'Imperfectie']);
    expect(result.data[0]!.example).toBe('“Ze zag wat ik wél goed deed.”');
    expect(result.data[1]!.color).toBe('#9944BB');
  });

  it.each(['taguette.qdc', 'qualcoder.qdc'])('reads %s', (file) => {
    const result = readCodebook(fixtureText(file));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.length).toBeGreaterThan(1);
  });

  it('refuses something that is not a codebook', () => {
    expect(readCodebook('<Foo/>')).toEqual({ ok: false, reason: 'exchange.codebook.notCodebook' });
  });
});

describe('hostile XML', () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b" name="&xxe;" isCodable="true"/></Codes></CodeBook>`;
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><CodeBook><Codes><Code guid="7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b" name="&lol3;" isCodable="true"/></Codes></CodeBook>`;
  it.each([
    ['external entity (XXE)', xxe],
    ['billion laughs', laughs],
  ])('refuses %s', (_name, xml) => {
    expect(readCodebook(xml)).toEqual({ ok: false, reason: 'exchange.xml.entities' });
  });

  it('does not expand an undeclared entity reference', () => {
    const xml = `<CodeBook><Codes><Code guid="7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b" name="a &foo; b" isCodable="true"/></Codes></CodeBook>`;
    const result = readCodebook(xml);
    expect(result.ok && result.data[0]!.name).toBe('a &foo; b');
  });
});
