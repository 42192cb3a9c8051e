import { describe, expect, it } from 'vitest';
import { transcribeAction } from './transcribeKeys.ts';

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe('transcription keys', () => {
  it('follow f4transkript: F4 play/pause, F8 insert the time, F3 back', () => {
    expect(transcribeAction(key('F4'))).toEqual({ kind: 'toggle' });
    expect(transcribeAction(key('F8'))).toEqual({ kind: 'insertTime' });
    expect(transcribeAction(key('F3'))).toEqual({ kind: 'back' });
    expect(transcribeAction(key('F7'))).toEqual({ kind: 'slower' });
    expect(transcribeAction(key('F9'))).toEqual({ kind: 'faster' });
  });

  it('start a turn of speaker n with Ctrl+n or Alt+Shift+n, not with a plain digit', () => {
    expect(transcribeAction(key('2', { code: 'Digit2', ctrlKey: true }))).toEqual({
      kind: 'speaker',
      index: 1,
    });
    expect(transcribeAction(key('"', { code: 'Digit2', altKey: true, shiftKey: true }))).toEqual({
      kind: 'speaker',
      index: 1,
    });
    expect(transcribeAction(key('2', { code: 'Digit2' }))).toBeNull();
    expect(transcribeAction(key('0', { code: 'Digit0', ctrlKey: true }))).toBeNull();
    expect(transcribeAction(key('a'))).toBeNull();
  });
});
