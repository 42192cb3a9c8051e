import { describe, expect, it } from 'vitest';
import { codingMessages } from '../coding/messages.ts';
import { dynamicsMessages } from '../dynamics/messages.ts';
import { formatMessage } from '../messages.ts';
import { rigourMessages } from './messages.ts';

describe.each([
  // Corrections of turns and speakers live with coding.
  ['coding', codingMessages, ['coding.', 'turns.']],
  ['rigour', rigourMessages, ['rigour.']],
  ['dynamics', dynamicsMessages, ['dynamics.']],
])('%s messages', (_, catalogue, prefixes) => {
  it('have the same keys in Dutch and English, all in the area', () => {
    expect(Object.keys(catalogue.nl).sort()).toEqual(Object.keys(catalogue.en).sort());
    expect(Object.keys(catalogue.nl).filter((key) => !prefixes.some((p) => key.startsWith(p)))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, nl] of Object.entries(catalogue.nl)) {
      const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(nl), key).toEqual(names(catalogue.en[key] ?? ''));
    }
  });
});

describe('registration', () => {
  it.each([
    ['rigour.measure.krippendorffAlpha', 'nl', /Krippendorff/],
    ['dynamics.measure.gini', 'en', /Gini/],
    ['coding.moveIntoItself', 'nl', /"Taal"/],
  ] as const)('%s is found through shared/messages.ts', (key, lang, pattern) => {
    expect(formatMessage(lang, key, { name: 'Taal' })).toMatch(pattern);
  });
});
