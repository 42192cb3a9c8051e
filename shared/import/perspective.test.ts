import { describe, expect, it } from 'vitest';
import { guessPerspective } from './perspective.ts';

describe('guessPerspective', () => {
  it.each([
    ['01_jongeren_teams.vtt', 'ervaringsdeskundige jongeren'],
    ['02_ouders_codes.txt', 'ervaringsdeskundige ouders'],
    ['03_jgz_tijdcodes.txt', 'jeugdgezondheidszorg (JGZ)'],
    ['04_jeugdhulp.docx', 'jeugdhulp (wijkteam / jeugdhulporganisatie)'],
    ['05_gemeente_export.csv', 'gemeente / beleid'],
    ['06_onderwijs.srt', 'onderwijs'],
    ['07_onderzoekers_opleiders.txt', 'onderzoek en opleiding'],
    ['focusgroep-maart.docx', undefined],
  ])('%s → %s', (name, perspective) => {
    expect(guessPerspective(name)).toBe(perspective);
  });
});
