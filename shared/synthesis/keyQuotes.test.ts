import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages.ts';
import { keyQuoteText, validateQuoteDisplay } from './keyQuotes.ts';

const coded = 'Ik vind het gesprek eigenlijk best goed, zeker met de juf erbij.';

describe('validateQuoteDisplay', () => {
  it.each([
    ['the coded text itself', coded, coded],
    [
      'words left out inside',
      'Ik vind het gesprek … goed, zeker met de juf erbij.',
      'Ik vind het gesprek … goed, zeker met de juf erbij.',
    ],
    [
      'three dots and whitespace',
      'Ik vind het gesprek...best goed, zeker   met de juf erbij.',
      'Ik vind het gesprek … best goed, zeker met de juf erbij.',
    ],
    [
      'several omissions',
      'Ik vind het gesprek […] goed … de juf erbij.',
      'Ik vind het gesprek … goed … de juf erbij.',
    ],
    [
      'the end left out',
      'Ik vind het gesprek eigenlijk best goed …',
      'Ik vind het gesprek eigenlijk best goed …',
    ],
    ['the start left out', '… best goed, zeker met de juf erbij.', '… best goed, zeker met de juf erbij.'],
  ])('accepts %s', (_name, display, expected) => {
    expect(validateQuoteDisplay(coded, display)).toEqual({ ok: true, data: expected });
  });

  it.each([
    [
      'a changed word',
      'Ik vind het gesprek … heel goed, zeker met de juf erbij.',
      'synthesis.quote.notInFragment',
    ],
    [
      'words in another order',
      'goed … Ik vind het gesprek … de juf erbij.',
      'synthesis.quote.missingEllipsis',
    ],
    ['part of a word', 'Ik vind het gespr … goed, zeker met de juf erbij.', 'synthesis.quote.notInFragment'],
    [
      'a silent omission',
      'Ik vind het gesprek goed, zeker met de juf erbij.',
      'synthesis.quote.notInFragment',
    ],
    ['an end left out without …', 'Ik vind het gesprek', 'synthesis.quote.missingEllipsis'],
    [
      'an ellipsis where nothing is left out',
      'Ik vind het … gesprek eigenlijk best goed, zeker met de juf erbij.',
      'synthesis.quote.nothingLeftOut',
    ],
    ['only an ellipsis', ' … ', 'synthesis.quote.empty'],
    ['two ellipses in a row', 'Ik vind … … de juf erbij.', 'synthesis.quote.doubleEllipsis'],
  ])('refuses %s', (_name, display, reason) => {
    const result = validateQuoteDisplay(coded, display);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      expect(formatMessage('nl', result.reason, result.params)).not.toBe(result.reason);
      expect(formatMessage('en', result.reason, result.params)).not.toMatch(/\{\{/);
    }
  });

  it('shows the coded text when a display is absent or no longer fits', () => {
    expect(keyQuoteText(coded, undefined)).toBe(coded);
    expect(keyQuoteText(coded, 'Ik vind … de juf erbij.')).toBe('Ik vind … de juf erbij.');
    expect(keyQuoteText('Ander fragment.', 'Ik vind … de juf erbij.')).toBe('Ander fragment.');
  });
});
