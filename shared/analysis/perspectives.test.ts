import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERSPECTIVES,
  groupLabel,
  perspectiveShortLabel,
  sortByPerspectiveOrder,
} from './perspectives.ts';

describe('sortByPerspectiveOrder', () => {
  it('puts the seven default perspectives first in their fixed order, then other values A–Z', () => {
    expect(
      sortByPerspectiveOrder([
        'onderzoek en opleiding',
        'zorgverzekeraar',
        'gemeente / beleid',
        'ervaringsdeskundige jongeren',
        'Aanbieders',
        'jeugdgezondheidszorg (JGZ)',
      ]),
    ).toEqual([
      'ervaringsdeskundige jongeren',
      'jeugdgezondheidszorg (JGZ)',
      'gemeente / beleid',
      'onderzoek en opleiding',
      'Aanbieders',
      'zorgverzekeraar',
    ]);
  });
});

describe('groupLabel', () => {
  it('names two groups of one perspective apart, the perspective in the user’s language', () => {
    const a = { name: 'School A', attributes: { perspective: 'onderwijs' } };
    const b = { name: 'School B', attributes: { perspective: 'onderwijs' } };
    expect(groupLabel(a, 'nl')).toBe('onderwijs · School A');
    expect(groupLabel(b, 'en')).not.toBe(groupLabel(a, 'en'));
    expect(groupLabel(b, 'en')).toMatch(/^Education · School B$/i);
    expect(groupLabel({ name: 'Los', attributes: {} }, 'nl')).toBe('Los');
  });
});

describe('perspectiveShortLabel', () => {
  it('gives the seven default perspectives a short column name in either language, other values their own', () => {
    expect(perspectiveShortLabel('jeugdgezondheidszorg (JGZ)', 'nl')).toBe('JGZ');
    expect(perspectiveShortLabel('youth care (neighbourhood team / youth care organisation)', 'en')).toBe(
      'youth care',
    );
    expect(perspectiveShortLabel('jgz', 'en')).toBe('youth health care');
    expect(perspectiveShortLabel('Huisartsen', 'nl')).toBe('Huisartsen');
    for (const p of DEFAULT_PERSPECTIVES) {
      expect(p.short.nl.length).toBeLessThan(p.nl.length + 1);
      expect(p.short.en.length).toBeLessThan(p.en.length + 1);
    }
  });
});
