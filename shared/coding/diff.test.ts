import { describe, expect, it } from 'vitest';
import { diffEdit } from './diff.ts';

describe('diffEdit', () => {
  it.each([
    ['de jeugdhulp', 'de jeugdzorg', 10, { start: 18, end: 22, insert: 'zorg' }],
    ['Karin zei', 'Karien zei', 0, { start: 4, end: 4, insert: 'e' }],
    ['aaa', 'aa', 5, { start: 7, end: 8, insert: '' }],
    ['gelijk', 'gelijk', 0, null],
  ])('%s → %s', (before, after, offset, edit) => {
    expect(diffEdit(before, after, offset)).toEqual(edit);
  });
});
