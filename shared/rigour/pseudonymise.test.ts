import { describe, expect, it } from 'vitest';
import { code, coding, groupProject } from '../coding/fixtures.ts';
import {
  applyPseudonymisation,
  namePattern,
  planPseudonymisation,
  pseudonymKeyToCsv,
} from './pseudonymise.ts';

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

  it('exports the key as CSV', () => {
    expect(pseudonymKeyToCsv([{ real: 'De "Boer"; Jan', pseudonym: 'R2' }])).toBe(
      'real;pseudonym\r\n"De ""Boer""; Jan";R2\r\n',
    );
  });
});
