import { describe, expect, it } from 'vitest';
import { sortByPerspectiveOrder } from './perspectives.ts';

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
