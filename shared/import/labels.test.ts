import { describe, expect, it } from 'vitest';
import { isSpeakerLabel, matchSpeakerLabel, parseTimestamp, sinceFirstClock } from './labels.ts';

describe('matchSpeakerLabel: speaker labels', () => {
  it.each([
    ['Gespreksleider: Welkom allemaal.', 'Gespreksleider', 'Welkom allemaal.', undefined, undefined],
    ['Anne-Marie van den Berg: Ja.', 'Anne-Marie van den Berg', 'Ja.', undefined, undefined],
    ['[00:01:23] Ingrid: Ik wil wel.', 'Ingrid', 'Ik wil wel.', 83, undefined],
    ['(00:01:23) Ingrid: Ik wil wel.', 'Ingrid', 'Ik wil wel.', 83, undefined],
    ['00:01:23 Ingrid: Ik wil wel.', 'Ingrid', 'Ik wil wel.', 83, undefined],
    ['Ingrid (00:01:23): Ik wil wel.', 'Ingrid', 'Ik wil wel.', 83, undefined],
    ['Ingrid [01:23]: Ik wil wel.', 'Ingrid', 'Ik wil wel.', 83, undefined],
    ['Ingrid  00:01:23', 'Ingrid', '', 83, undefined],
    ['R1 (ouder): Nou, ik begin wel.', 'R1', 'Nou, ik begin wel.', undefined, 'ouder'],
    ['R3 (pleegouder): Ja.', 'R3', 'Ja.', undefined, 'pleegouder'],
    ['I: Een opluchting. Waarom?', 'I', 'Een opluchting. Waarom?', undefined, undefined],
    ['GL: Dank je.', 'GL', 'Dank je.', undefined, undefined],
    ['[Noah] Ja, dat klopt.', 'Noah', 'Ja, dat klopt.', undefined, undefined],
    ['[Noah]: Ja, dat klopt.', 'Noah', 'Ja, dat klopt.', undefined, undefined],
    ['@Amira: Precies.', 'Amira', 'Precies.', undefined, undefined],
    ['**Gespreksleider:** Welkom.', 'Gespreksleider', 'Welkom.', undefined, undefined],
    ['Deelnemer 3: Ik denk het niet.', 'Deelnemer 3', 'Ik denk het niet.', undefined, undefined],
    ['Gespreksleider:', 'Gespreksleider', '', undefined, undefined],
    ['interviewer: En toen?', 'interviewer', 'En toen?', undefined, undefined],
  ])('%s', (line, label, rest, time, roleNote) => {
    const m = matchSpeakerLabel(line);
    expect(m?.label).toBe(label);
    expect(m?.rest).toBe(rest);
    expect(m?.time).toBe(time);
    expect(m?.roleNote).toBe(roleNote);
  });

  it('accepts a name of 63 characters and refuses one of 64', () => {
    const name = `Abcdefghij ${'K'.repeat(52)}`;
    expect(name).toHaveLength(63);
    expect(matchSpeakerLabel(`${name}: Ja.`)?.label).toBe(name);
    expect(matchSpeakerLabel(`${name}x: Ja.`)).toBeNull();
  });
});

describe('matchSpeakerLabel: no false speakers', () => {
  it.each([
    ['Let op: dit is een voorbeeld.'],
    ['Noot: de opname viel even weg.'],
    ['Datum: 12 maart 2024'],
    ['Duur: 58 minuten'],
    ['Locatie: Utrecht'],
    ['Aanwezig: Jan, Piet en Klaas'],
    ['Opmerking: niet gecorrigeerd.'],
    ['Note: recording started late.'],
    ['Date: 12 March'],
    ['Vraag 2: wat is normaal?'],
    ['https://example.org/verslag'],
    ['Zie https://example.org'],
    ['10:30 begonnen we met de koffie.'],
    ['Om 10:30 begonnen we.'],
    ['Ik zei toen: dat kan zo niet langer.'],
    ['Maar iedereen zei: ach, elk kind is anders.'],
    ['De vragen die we in deze bijeenkomst met elkaar hebben besproken waren de volgende:'],
    ['[00:01:23]'],
    ['[onverstaanbaar] ja dus'],
    ['[lacht] Nou ja.'],
    ['Ja.'],
    ['Hoe vaak gebeurt dat eigenlijk?'],
  ])('%s', (line) => {
    const m = matchSpeakerLabel(line);
    expect(m === null || m.kind === 'alone' ? null : m.label).toBeNull();
  });

  it.each([
    ['Let op'],
    ['Datum'],
    ['https'],
    ['Zoals ik zei'],
    ['10:30'],
    ['Een heel lange zin met veel woorden erin'],
  ])('isSpeakerLabel(%s) is false', (label) => expect(isSpeakerLabel(label)).toBe(false));
});

describe('parseTimestamp', () => {
  it.each([
    ['00:01:23', 83],
    ['1:23', 83],
    ['01:02:03.500', 3723.5],
    ['00:00:06,436', 6.436],
    ['12:34:56', 45296],
    ['abc', undefined],
  ])('%s → %s', (value, seconds) => expect(parseTimestamp(value)).toBe(seconds));
});

describe('sinceFirstClock', () => {
  it.each([
    ['the first caption is 0', [50531, 50545, 50622], [0, 14, 91]],
    ['a meeting past midnight goes on counting', [86390, 86399, 5, 70], [0, 9, 15, 80]],
    ['a caption written a moment out of order does not go below 0', [100, 98, 130], [0, 0, 30]],
    ['no captions', [], []],
  ])('%s', (_name, clock, elapsed) => expect(sinceFirstClock(clock)).toEqual(elapsed));
});
