import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../model.ts';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { detectLanguage } from './language.ts';
import { stemEnglish, stemWord } from './stem.ts';
import { countWords, wordFrequencies } from './wordCounts.ts';

const ENGLISH =
  'I think the note they sent was not clear. You know, the notes that come from school are not written for parents. ' +
  'We want to talk to the teacher, and that is what matters to us.';
const DUTCH =
  'Ik vind het gesprek met de school niet duidelijk. De brieven zijn niet voor ouders geschreven, en dat is jammer.';

describe('language of a text', () => {
  it.each([
    [ENGLISH, 'en'],
    [DUTCH, 'nl'],
    ['', 'nl'],
    ['Ja. Nou, eh, dat weet ik niet hoor.', 'nl'],
    ['Yeah. Well, um, I do not know that.', 'en'],
  ])('reads %j as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('stems English words with the English Porter stemmer: "not" stays apart from "note"', () => {
    expect(stemEnglish('not')).not.toBe(stemEnglish('note'));
    expect(stemEnglish('notes')).toBe(stemEnglish('note'));
    expect(stemWord('parents', 'en')).toBe(stemWord('parent', 'en'));
  });
});

describe('word counts per language', () => {
  const doc = (id: string, text: string, perspective: string) => ({
    id,
    name: id,
    format: 'txt' as const,
    text,
    sourceHash: id,
    importedAt: '',
    attributes: { perspective },
  });
  const project: ProjectData = {
    name: 'mixed',
    documents: [doc('en', ENGLISH, 'ouders'), doc('nl', DUTCH, 'onderwijs')],
    speakers: [],
    turns: [],
    codes: [],
    codings: [],
    coders: [],
    memos: [],
    attributes: [],
  };

  it('uses each document’s stop words and stems and says which language it read', () => {
    const counts = countWords(buildAnalysisIndex(project));
    expect(Object.fromEntries(counts.languages)).toEqual({ en: 'en', nl: 'nl' });
    const english = counts.columns.findIndex((c) => c.key === 'ouders');
    const words = wordFrequencies(counts, { column: english }).map((w) => w.word);
    expect(words).not.toContain('the');
    expect(words).not.toContain('to');
    expect(words).not.toContain('that');
    expect(words).not.toContain('not');
    const note = wordFrequencies(counts, { column: english }).find(
      (w) => w.word === 'note' || w.word === 'notes',
    );
    expect(note?.forms.map((f) => f.form).sort()).toEqual(['note', 'notes']);
    const dutch = counts.columns.findIndex((c) => c.key === 'onderwijs');
    expect(wordFrequencies(counts, { column: dutch }).map((w) => w.word)).not.toContain('de');
  });
});
