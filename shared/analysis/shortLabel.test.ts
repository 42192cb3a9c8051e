import { describe, expect, it } from 'vitest';
import { shortLabel } from './shortLabel.ts';

describe('shortLabel', () => {
  it('leaves a label that fits as it is', () => {
    expect(shortLabel('taal: wens', 28)).toBe('taal: wens');
    expect(shortLabel('  brede   blik ', 28)).toBe('brede blik');
  });

  it('keeps the end that tells sub-codes apart, and whole words of the beginning', () => {
    const names = ['voorbeeld', 'knelpunt', 'wens', 'ervaring'].map(
      (s) => `acceptatie van imperfectie: ${s}`,
    );
    const short = names.map((name) => shortLabel(name, 28));
    expect(short).toEqual([
      'acceptatie van… voorbeeld',
      'acceptatie van… knelpunt',
      'acceptatie van… wens',
      'acceptatie van… ervaring',
    ]);
    expect(new Set(short).size).toBe(names.length);
    for (const label of short) expect(label.length).toBeLessThanOrEqual(28);
  });

  it('cuts inside a word only when one word is longer than the room', () => {
    const label = shortLabel('Jeugdgezondheidszorgmedewerkersoverleg Utrecht', 20);
    expect(label.length).toBeLessThanOrEqual(20);
    expect(label.endsWith('Utrecht')).toBe(true);
    const single = shortLabel('Jeugdgezondheidszorgmedewerkersoverleg', 20);
    expect(single.length).toBeLessThanOrEqual(20);
    expect(single).toMatch(/^Jeugd.*…/);
    expect(single.endsWith('overleg')).toBe(true);
  });

  it('never exceeds the room, whatever the label', () => {
    for (const max of [8, 12, 20, 28, 40])
      for (const text of [
        'a b c d e f g h i j k l m n o p q r s t u v w x y z',
        'x'.repeat(100),
        'ab '.repeat(30),
      ])
        expect(shortLabel(text, max).length).toBeLessThanOrEqual(max);
    expect(shortLabel('abcdefghij', 5)).toBe('abcd…');
  });
});
