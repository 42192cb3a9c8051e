import { describe, expect, it } from 'vitest';
import { code, coding, groupProject } from '../coding/fixtures.ts';
import {
  applyPseudonymisation,
  namePattern,
  planPseudonymisation,
  planSummaryTexts,
  pseudonymKeyToCsv,
} from './pseudonymise.ts';
import type { Summary } from '../model.ts';

describe('namePattern', () => {
  it.each([
    ['Zoë', 'zoë zei het', ['zoë']],
    ['Zoe', 'Zoë zei het', ['Zoë']],
    ['Noah', 'NOAH en Noahs broer en Noah.', ['NOAH', 'Noah']],
    ['Jan de Vries', 'jan  de vries kwam', ['jan  de vries']],
    ['Eva', 'Evaline en Éva', ['Éva']],
  ])('%s as a whole word in "%s"', (name, text, expected) => {
    const pattern = namePattern(name);
    expect(pattern && [...text.matchAll(pattern)].map((m) => m[0])).toEqual(expected);
  });
});

describe('pseudonymisation', () => {
  const build = () => {
    const p = groupProject([
      ['M', 'Noah, wat vind jij?'],
      ['Noah', 'Mijn moeder Fatima zegt dat Noah te druk is. Jan de Vries ook.'],
    ]);
    const text = p.documents[0]?.text ?? '';
    const at = text.indexOf('zegt dat Noah te druk');
    const whole = text.indexOf('Fatima');
    p.codes = [code('label', null, 0)];
    p.codings = [
      coding('c1', 'label', at, at + 'zegt dat Noah te druk'.length),
      coding('c2', 'label', whole, whole + 6),
    ];
    return p;
  };
  const table = [
    { real: 'Noah', pseudonym: 'R1' },
    { real: 'Fatima', pseudonym: 'moeder R1' },
    { real: 'Jan', pseudonym: 'X' },
    { real: 'Jan de Vries', pseudonym: 'docent' },
  ];

  it('previews every replacement, longer names first, and the speaker renames', () => {
    const plan = planPseudonymisation(build(), table);
    expect(plan.replacements.map((r) => `${r.before}→${r.after}`)).toEqual([
      'Noah→R1',
      'Noah→R1',
      'Fatima→moeder R1',
      'Noah→R1',
      'Jan de Vries→docent',
    ]);
    expect(plan.speakers.map((s) => `${s.field}:${s.before}→${s.after}`)).toEqual([
      'name:Noah→R1',
      'label:Noah→R1',
    ]);
  });

  it('applies the plan and keeps codings on the same words', () => {
    const project = build();
    const result = applyPseudonymisation(project, planPseudonymisation(project, table));
    const text = result.documents[0]?.text ?? '';
    expect(text).toContain('Mijn moeder moeder R1 zegt dat R1 te druk is. docent ook.');
    const slice = (id: string) => {
      const c = result.codings.find((x) => x.id === id);
      return c && text.slice(c.start, c.end);
    };
    expect(slice('c1')).toBe('zegt dat R1 te druk');
    expect(slice('c2')).toBe('moeder R1');
    expect(result.turns.map((t) => text.slice(t.start, t.end))).toEqual([
      'R1, wat vind jij?',
      'Mijn moeder moeder R1 zegt dat R1 te druk is. docent ook.',
    ]);
    expect(result.speakers.find((s) => s.role === 'participant')).toMatchObject({ name: 'R1', label: 'R1' });
    expect(project.documents[0]?.text).toContain('Fatima');
  });

  it('applies only the replacements kept in the preview', () => {
    const project = build();
    const plan = planPseudonymisation(project, table);
    const result = applyPseudonymisation(project, {
      replacements: plan.replacements.slice(0, 1),
      speakers: [],
    });
    expect(result.documents[0]?.text).toContain('Fatima');
    expect(result.documents[0]?.text).toContain('R1, wat');
  });

  it('does not chain replacements (Noah → Sam, Sam → Tim)', () => {
    const project = groupProject([['Noah', 'Noah en Sam']]);
    const plan = planPseudonymisation(project, [
      { real: 'Noah', pseudonym: 'Sam' },
      { real: 'Sam', pseudonym: 'Tim' },
    ]);
    const result = applyPseudonymisation(project, plan);
    expect(result.documents[0]?.text).toBe('Sam: Sam en Tim\n');
    expect(result.speakers[0]?.name).toBe('Sam');
  });

  it('replaces the names a researcher typed in summaries, syntheses and profiles, whole words only', () => {
    const column = { by: 'perspective', value: 'ouders' };
    const summaries: Summary[] = [
      {
        id: 's1',
        kind: 'cell',
        codeId: 'label',
        column,
        text: 'NOAH en zoë zeggen het [1]; Noahs broer en Jan de  Vries niet. Zoëtje blijft.',
        citations: [{ id: 'k1', codingId: 'c1', documentId: 'd', start: 1, end: 4 }],
        updatedAt: '',
      },
      {
        id: 's2',
        kind: 'synthesis',
        codeId: 'label',
        column: { by: 'perspective', value: '' },
        parts: { agree: 'Iedereen.', differ: 'Fatima niet', unique: 'Alleen Zoë.' },
        citations: [],
        updatedAt: '',
      },
      { id: 's3', kind: 'profile', codeId: null, column, text: 'Geen namen.', citations: [], updatedAt: '' },
    ];
    const names = [...table, { real: 'Zoe', pseudonym: 'R2' }];
    const plan = planSummaryTexts(summaries, names);
    expect(plan.map((r) => `${r.summaryId}.${r.field}:${r.after}`)).toEqual([
      's1.text:R1 en R2 zeggen het [1]; Noahs broer en docent niet. Zoëtje blijft.',
      's2.differ:moeder R1 niet',
      's2.unique:Alleen R2.',
    ]);
    const project = { ...build(), summaries };
    const after = applyPseudonymisation(project, { replacements: [], speakers: [], summaryTexts: plan });
    const [cell, synthesis, profile] = after.summaries!;
    expect(cell).toMatchObject({ text: plan[0]!.after, citations: summaries[0]!.citations });
    expect(synthesis).toMatchObject({
      parts: { agree: 'Iedereen.', differ: 'moeder R1 niet', unique: 'Alleen R2.' },
    });
    expect(profile).toBe(summaries[2]);
    // The plan of the whole project has them too, so the preview and the applied key agree.
    expect(planPseudonymisation(project, names).summaryTexts).toEqual(plan);
  });

  it('exports the key as CSV', () => {
    expect(pseudonymKeyToCsv([{ real: 'De "Boer"; Jan', pseudonym: 'R2' }])).toBe(
      'real;pseudonym\r\n"De ""Boer""; Jan";R2\r\n',
    );
  });
});
