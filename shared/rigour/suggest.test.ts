import { describe, expect, it } from 'vitest';
import { code, coding, groupProject } from '../coding/fixtures.ts';
import { compileSearchTerms, findTerm, textWords } from './searchTerms.ts';
import { suggestCodings } from './suggest.ts';

describe('search terms', () => {
  const text =
    'De Ouders zeiden: een brede blik is nodig, jeugdzorg en het ADHD-meisje, geëmancipeerd en normaal.';
  const words = textWords(text);
  const found = (line: string) =>
    compileSearchTerms([line]).flatMap((term) =>
      findTerm(term, words).map(([a, b]) => text.slice(words[a]?.start, words[b]?.end)),
    );

  it.each([
    ['a word on its stem', 'ouder', ['Ouders']],
    ['a quoted phrase', '"brede blikken"', ['brede blik']],
    ['a prefix wildcard', 'norm*', ['normaal']],
    ['a suffix wildcard', '*zorg', ['jeugdzorg']],
    ['a part of a hyphenated word', 'meisje', ['ADHD-meisje']],
    ['diacritics folded', 'geemancipeerde', ['geëmancipeerd']],
    ['several terms on one line', 'ouders *zorg', ['Ouders', 'jeugdzorg']],
    ['no match', 'wachtlijst', []],
  ])('finds %s', (_name, line, expected) => {
    expect(found(line)).toEqual(expected);
  });

  it('ignores empty and lone-wildcard terms', () => {
    expect(compileSearchTerms(['', '  ', '*', '""'])).toEqual([]);
  });
});

describe('suggestCodings', () => {
  const project = groupProject([
    ['M', 'Hoe praten jullie over ouders?'],
    ['R1', 'Met ouders praat ik als partner, de ouder weet het meest.'],
  ]);
  const turn = project.turns[1];
  if (!turn) throw new Error('fixture');
  project.codes = [code('partner', null, 0, { searchTerms: ['ouder', 'partner*'] })];
  const at = project.documents[0]?.text.indexOf('partner') ?? 0;
  project.codings = [coding('c1', 'partner', at, at + 7)];

  it('suggests uncoded matches with turn and context, in text order', () => {
    const hits = suggestCodings(project, 'partner');
    expect(hits.map((h) => h.context.match)).toEqual(['ouders', 'ouders', 'ouder']);
    expect(hits[1]?.turnId).toBe(turn.id);
    expect(hits[1]?.context.after.startsWith(' praat')).toBe(true);
  });

  it('uses the given terms instead of the code’s own', () => {
    expect(suggestCodings(project, 'partner', ['meest']).map((h) => h.term)).toEqual(['meest']);
  });

  it('suggests nothing without terms', () => {
    expect(suggestCodings(project, 'other')).toEqual([]);
  });
});
