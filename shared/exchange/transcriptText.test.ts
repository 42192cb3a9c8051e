import { describe, expect, it } from 'vitest';
import { clock, labelledText, turnLabel, unlabelledText, type Insert } from './transcriptText.ts';

describe('labels in source texts', () => {
  it('formats times and labels as transcripts write them', () => {
    expect(clock(3725.9)).toBe('01:02:05');
    expect(turnLabel('Moeder', 4.5)).toBe('[00:00:04] Moeder: ');
    expect(turnLabel(' Gespreks\nleider: ', undefined)).toBe('Gespreks leider: ');
    expect(turnLabel(undefined, 10)).toBe('[00:00:10] ');
    expect(turnLabel('', undefined)).toBe('');
  });

  it('shifts starts past a label and ends before the next, and maps back exactly', () => {
    const text = 'Hallo.\n\nDag 😀.';
    const inserts: Insert[] = [
      [0, 'A: '],
      [8, 'B: '],
    ];
    const { text: labelled, shift } = labelledText({ text }, inserts);
    expect(labelled).toBe('A: Hallo.\n\nB: Dag 😀.');
    expect(labelled.slice(shift.start(0), shift.end(6))).toBe('Hallo.');
    expect(labelled.slice(shift.start(8), shift.end(text.length))).toBe('Dag 😀.');
    // A selection ending where the next turn starts does not take in the next label.
    expect(labelled.slice(shift.start(0), shift.end(8))).toBe('A: Hallo.\n\n'.slice(3));
    const back = unlabelledText(labelled, inserts)!;
    expect(back.text).toBe(text);
    for (let i = 0; i <= text.length; i++) {
      expect(back.toKoor(shift.start(i))).toBe(i);
      expect(back.toKoor(shift.end(i))).toBe(i);
    }
    // Inside a label: the place where the label was written.
    expect(back.toKoor(12)).toBe(8);
  });

  it('refuses a text whose labels are not where they were written', () => {
    expect(
      unlabelledText('A: Hallo.\n\nX: Dag.', [
        [0, 'A: '],
        [8, 'B: '],
      ]),
    ).toBeUndefined();
  });
});
