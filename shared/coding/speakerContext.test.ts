import { describe, expect, it } from 'vitest';
import type { Turn } from '../model.ts';
import { contextText, speakerContext } from './speakerContext.ts';

const text = 'De toon maakt zoveel uit.\n\nJa. Ik voelde me een cliënt.\n\nHerkenbaar.';
const turn = (id: string, speakerId: string | null, start: number, end: number): Turn => ({
  id,
  documentId: 'd',
  speakerId,
  start,
  end,
});
const turns = [turn('t1', 'a', 0, 25), turn('t2', 'b', 27, 55), turn('t3', 'a', 57, 68)];
const names = new Map([
  ['a', 'Anna'],
  ['b', 'Bram'],
]);

describe('speakerContext', () => {
  it('names the speaker at every change of speaker around a quote', () => {
    // The quote "Ik voelde me een cliënt." is Bram's; the sentence before it is Anna's.
    const context = speakerContext(text, turns, { start: 31, end: 55, speakerId: 'b' }, names, 40);
    expect(context.before).toEqual([
      { speaker: 'Anna', text: 'De toon maakt zoveel uit.' },
      { speaker: 'Bram', text: 'Ja. ' },
    ]);
    expect(context.after).toEqual([{ speaker: 'Anna', text: 'Herkenbaar.' }]);
    expect(contextText(context.before)).toBe('[Anna] De toon maakt zoveel uit. [Bram] Ja. ');
  });

  it('adds no names when the context stays with the quote’s speaker', () => {
    const start = text.indexOf('voelde');
    const context = speakerContext(text, turns, { start, end: start + 6, speakerId: 'b' }, names, 5);
    expect(context.before).toEqual([{ speaker: null, text: 'Ik ' }]);
    expect(context.after).toEqual([{ speaker: null, text: ' me' }]);
  });

  it('names the quote’s speaker when the quote opens its turn right after someone else', () => {
    const context = speakerContext(text, turns, { start: 27, end: 30, speakerId: 'b' }, names, 15);
    expect(context.before).toEqual([
      { speaker: 'Anna', text: 'zoveel uit.' },
      { speaker: 'Bram', text: '' },
    ]);
  });
});
