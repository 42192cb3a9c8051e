import { describe, expect, it } from 'vitest';
import { sharedMessages } from '../../../shared/messages.ts';
import { appMessages } from '../../i18n/app.ts';
import { rigourSectionMessages } from './messages.ts';

describe('rigour section messages', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(rigourSectionMessages.en).sort()).toEqual(
      Object.keys(rigourSectionMessages.nl).sort(),
    );
  });

  it('overrides no shared or app message', () => {
    const taken = new Set([...Object.keys(sharedMessages('nl')), ...Object.keys(appMessages.nl)]);
    expect(Object.keys(rigourSectionMessages.nl).filter((key) => taken.has(key))).toEqual([]);
  });
});
