import { describe, expect, it } from 'vitest';
import { codeTitle } from './codeTitle.ts';

describe('codeTitle', () => {
  it('names the code first, then its description', () => {
    // The description alone hid which of "partnerschap en allia…" the pointer was on.
    const code = {
      name: 'partnerschap en alliantie: knelpunt',
      description: 'Wat samenwerken in de weg zit.',
    };
    expect(codeTitle(code, null)).toBe('partnerschap en alliantie: knelpunt\nWat samenwerken in de weg zit.');
  });

  it('is the name alone without a description', () => {
    expect(codeTitle({ name: 'taal: wens', description: '  ' }, null)).toBe('taal: wens');
  });

  it('adds why a reader cannot code after the name', () => {
    expect(codeTitle({ name: 'taal', description: '' }, 'Alleen lezen')).toBe('taal\nAlleen lezen');
  });
});
