/** What the transcription mode's keys do (listed in Help). */
export type TranscribeAction =
  | { kind: 'toggle' }
  | { kind: 'back' }
  | { kind: 'slower' }
  | { kind: 'faster' }
  | { kind: 'insertTime' }
  | { kind: 'speaker'; index: number };

/**
 * The transcription mode's keys, the f4transkript convention where it has one: F4 play/pause (resuming a little
 * earlier), F8 insert the current time, F3 back 5 s; F7/F9 slower/faster; Ctrl+1…9 (or Alt+Shift+1…9, for a
 * browser where Ctrl+digit switches tabs) start a turn of speaker 1…9 at the current time.
 */
export function transcribeAction(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): TranscribeAction | null {
  if (e.key === 'F4') return { kind: 'toggle' };
  if (e.key === 'F3') return { kind: 'back' };
  if (e.key === 'F7') return { kind: 'slower' };
  if (e.key === 'F9') return { kind: 'faster' };
  if (e.key === 'F8') return { kind: 'insertTime' };
  const digit = /^Digit([1-9])$/.exec(e.code);
  if (digit && (((e.ctrlKey || e.metaKey) && !e.altKey) || (e.altKey && e.shiftKey && !e.ctrlKey)))
    return { kind: 'speaker', index: Number(digit[1]) - 1 };
  return null;
}
