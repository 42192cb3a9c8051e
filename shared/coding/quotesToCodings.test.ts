import { describe, expect, it } from 'vitest';
import { codingsFromPassages } from './quotesToCodings.ts';

describe('codingsFromPassages', () => {
  it('codes each quote at its place and reports quotes that are not in the text', () => {
    const text = 'Ik vind taal belangrijk. Labels helpen niet.';
    const { codings, missing } = codingsFromPassages(
      { id: 'd', text },
      [
        { quote: 'Labels helpen niet.', theme: 'taal' },
        { quote: 'Ik vind', theme: 'brede blik' },
        { quote: 'niet in de tekst', theme: 'taal' },
      ],
      (theme) => `code:${theme}`,
      'coder',
      'now',
    );
    expect(codings.map((c) => [text.slice(c.start, c.end), c.codeId, c.coderId, c.documentId])).toEqual([
      ['Labels helpen niet.', 'code:taal', 'coder', 'd'],
      ['Ik vind', 'code:brede blik', 'coder', 'd'],
    ]);
    expect(missing).toEqual([{ quote: 'niet in de tekst', theme: 'taal' }]);
  });
});
