import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../model.ts';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { distinctiveWords, logLikelihood, logRatio } from './distinctive.ts';
import { buildKwicIndex, kwic, type KwicOptions } from './kwic.ts';
import { stemDutch } from './stem.ts';
import { DUTCH_STOP_WORDS } from './stopwords.ts';
import { testProject } from './testProject.ts';
import { countWords, wordFrequencies } from './wordCounts.ts';
import { tokenize } from './words.ts';

describe('Dutch tokens and stems', () => {
  it.each([
    ['Ideeën over geïnteresseerde café-bezoekers', ['ideeën', 'over', 'geïnteresseerde', 'café-bezoekers']],
    ["Zo'n gesprek, hè? 12 ouders!", ["zo'n", 'gesprek', 'hè', '12', 'ouders']],
    ['— -- ...', []],
    ['Coördinatie én reünie', ['coördinatie', 'én', 'reünie']],
  ])('tokenises %j keeping é/ë/ï', (text, words) => {
    expect(tokenize(text).map((t) => t.word)).toEqual(words);
  });

  it.each([
    ['gesprek', 'gesprekken'],
    ['ouder', 'ouders'],
    ['jongere', 'jongeren'],
  ])('stems %s and %s alike', (a, b) => {
    expect(stemDutch(a)).toBe(stemDutch(b));
  });

  it('has a Dutch stop-word list of function words, not content words', () => {
    expect(DUTCH_STOP_WORDS.size).toBeGreaterThan(150);
    for (const w of ['de', 'het', 'een', 'en', 'niet', 'eigenlijk'])
      expect(DUTCH_STOP_WORDS.has(w)).toBe(true);
    for (const w of ['gesprek', 'ouders', 'normaal', 'kind']) expect(DUTCH_STOP_WORDS.has(w)).toBe(false);
  });
});

function oneSpeakerProject(text: string): ProjectData {
  const project = testProject();
  const doc = project.documents[1]!;
  doc.text = `J1: ${text}\n`;
  project.turns = project.turns.map((t) => (t.id === 'tJ1' ? { ...t, start: 4, end: 4 + text.length } : t));
  project.codings = [];
  return project;
}

describe('word frequencies', () => {
  it('groups inflections under the most frequent form and leaves stop words and the moderator out', () => {
    const counts = countWords(
      buildAnalysisIndex(oneSpeakerProject('Het gesprek was goed. Gesprekken zijn fijn, het gesprek helpt.')),
    );
    const jongeren = counts.columns.findIndex((c) => c.key === 'jongeren');
    const words = wordFrequencies(counts, { column: jongeren });
    expect(words[0]).toMatchObject({
      word: 'gesprek',
      count: 3,
      forms: [
        { form: 'gesprek', count: 2 },
        { form: 'gesprekken', count: 1 },
      ],
    });
    expect(words.map((w) => w.word)).not.toContain('het');
    expect(counts.tokens[jongeren]).toBe(10);
    expect(words[0]!.per1000).toBe(300);
    expect(
      wordFrequencies(counts, { column: counts.columns.findIndex((c) => c.key === 'ouders') }).map(
        (w) => w.word,
      ),
    ).not.toContain('hallo');
  });

  it('treats a word group as a stop word by its most frequent form ("het" despite "heette", "één" beside "een")', () => {
    const counts = countWords(
      buildAnalysisIndex(
        oneSpeakerProject('Het kind heette Sam. Het is een kind, het is één kind, het is een gesprek.'),
      ),
    );
    const words = wordFrequencies(counts, {
      column: counts.columns.findIndex((c) => c.key === 'jongeren'),
    }).map((w) => w.word);
    expect(words).toContain('kind');
    expect(words).not.toContain('het');
    expect(words).not.toContain('een');
  });

  it.each<[string[], string[]]>([
    [['T1'], ['gesprek', 'ouders']],
    [['T'], ['fijn', 'gesprek', 'goed', 'ouders']],
    [['X'], ['lastig']],
  ])('counts only words inside codings of %j (sub-codes included)', (codeIds, words) => {
    const counts = countWords(buildAnalysisIndex(testProject()), { withinCodeIds: codeIds });
    expect(
      wordFrequencies(counts)
        .map((w) => w.word)
        .sort(),
    ).toEqual(words);
  });

  it('counts the moderator when asked', () => {
    const counts = countWords(buildAnalysisIndex(testProject()), { includeModerator: true });
    expect(wordFrequencies(counts).map((w) => w.word)).toContain('hallo');
  });
});

describe('distinctive words', () => {
  it('computes Dunning’s log-likelihood and the log ratio as by hand', () => {
    // E1 = 100·15/300 = 5, E2 = 10: G² = 2·(10·ln 2 + 5·ln ½) = 10·ln 2.
    expect(logLikelihood(10, 5, 100, 200)).toBeCloseTo(10 * Math.LN2, 10);
    expect(logRatio(10, 5, 100, 200)).toBeCloseTo(2, 10);
    expect(logLikelihood(0, 0, 100, 200)).toBe(0);
    expect(logRatio(4, 0, 100, 200)).toBeCloseTo(Math.log2(4 / 100 / (0.5 / 200)), 10);
  });

  it('ranks words a column uses more than the rest, and says which method', () => {
    const project = oneSpeakerProject(
      'gesprek gesprek gesprekken ouders ouders ouders wachtlijst wachtlijst wachtlijst',
    );
    const counts = countWords(buildAnalysisIndex(project));
    const jongeren = counts.columns.findIndex((c) => c.key === 'jongeren');
    const result = distinctiveWords(counts, jongeren);
    expect(result.method).toMatch(/log-likelihood/);
    const ouders = result.words.find((w) => w.word === 'ouders')!;
    expect(ouders.count).toBe(3);
    expect(ouders.otherCount).toBe(0);
    expect(ouders.g2).toBeCloseTo(logLikelihood(3, 0, 9, 9), 10);
    expect(result.words.map((w) => w.word)).toContain('gesprek');
  });
});

describe('keyword in context', () => {
  const index = buildKwicIndex(buildAnalysisIndex(testProject()));
  const find = (query: string, options: KwicOptions = {}) => kwic(index, query, options).hits;

  it.each<[string, KwicOptions, string[]]>([
    ['gesprek', {}, ['gesprek', 'Gesprekken']],
    ['GESPREKKEN', {}, ['gesprek', 'Gesprekken']],
    ['gespr*', {}, ['gesprek', 'Gesprekken']],
    ['het gesprek', {}, ['het gesprek']],
    ['gesprek goed', {}, ['gesprek goed']],
    ['gesprek', { perspective: 'jongeren' }, ['Gesprekken']],
    ['gesprek', { withinCodeIds: ['T1'] }, ['gesprek', 'Gesprekken']],
    ['gesprek', { withinCodeIds: ['X'] }, []],
    ['hallo', { includeModerator: false }, []],
    ['hallo', {}, ['Hallo']],
    ['onbekend', {}, []],
    ['', {}, []],
  ])('finds %j with %o', (query, options, keywords) => {
    expect(find(query, options).map((h) => h.keyword)).toEqual(keywords);
  });

  it('gives whole-word context on both sides and the place', () => {
    const [hit] = find('gesprek', { contextChars: 8 });
    expect(hit).toMatchObject({
      left: 'het ',
      keyword: 'gesprek',
      right: ' goed.',
      documentId: 'A',
      turnId: 'tP1',
    });
    expect(hit!.speakerName).toBe('P1');
    expect(testProject().documents[0]!.text.slice(hit!.start, hit!.end)).toBe('gesprek');
  });

  it('keeps the context inside the speaker’s turn', () => {
    // With a wide window the left context would reach into the moderator's turn before P1's.
    const [hit] = find('gesprek', { contextChars: 200 });
    const doc = testProject().documents[0]!;
    const turn = testProject().turns.find((t) => t.id === 'tP1')!;
    expect(hit!.left).toBe(doc.text.slice(turn.start, hit!.start));
    expect(hit!.right).toBe(doc.text.slice(hit!.end, turn.end));
  });

  it('counts all hits beyond the limit', () => {
    expect(kwic(index, 'gesprek', { limit: 1 })).toMatchObject({ total: 2, hits: [{ keyword: 'gesprek' }] });
  });
});
