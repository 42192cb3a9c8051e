import { useCallback, useEffect, useRef, useState } from 'react';
import { useReadOnly } from '../../sync/readOnly.ts';

/** How long after the last key press a summary is saved. */
export const SAVE_DELAY_MS = 600;

export type SaveStatus = 'idle' | 'pending' | 'saved';

/**
 * A text being written, kept in component state and saved `SAVE_DELAY_MS` after the last change (and when the
 * editor closes), so a key press only re-renders the editor, never the grid or the fragments. When the stored
 * value changes from elsewhere (undo, redo, a colleague) while nothing is pending, the draft follows it. For a
 * reader of a shared project `readOnly` is the reason and nothing changes the draft (typing, a character typed
 * on the grid, a citation), so nothing is saved that the project does not hold.
 */
export function useDraft<T>(stored: T, equal: (a: T, b: T) => boolean, save: (value: T) => Promise<void>) {
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState<T>(stored);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<{ value: T; dirty: boolean }>({ value: stored, dirty: false });
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    void saveRef.current(latest.current.value).then(() => setStatus((s) => (s === 'pending' ? s : 'saved')));
  }, []);

  const change = useCallback(
    (value: T) => {
      if (readOnly !== null) return;
      latest.current = { value, dirty: true };
      setDraft(value);
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        setStatus('saved');
        flush();
      }, SAVE_DELAY_MS);
    },
    [flush, readOnly],
  );

  useEffect(() => {
    if (latest.current.dirty || equal(stored, latest.current.value)) return;
    latest.current = { value: stored, dirty: false };
    setDraft(stored);
    // `equal` is a pure comparison the caller may define inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  // Closing the editor (another cell, another section) saves what was typed.
  useEffect(() => flush, [flush]);

  return { draft, change, status, flush, latest, readOnly };
}
