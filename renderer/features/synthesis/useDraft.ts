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
 *
 * A draft is written from `base`, the stored value it started from. When the stored value changed meanwhile (a
 * colleague's change arriving while this person types), `merge` applies this person's change from `base` to
 * the stored value, so the save does not put back what the colleague changed; without `merge` the draft wins.
 */
export function useDraft<T>(
  stored: T,
  equal: (a: T, b: T) => boolean,
  save: (value: T) => Promise<void>,
  merge?: (base: T, local: T, remote: T) => T,
) {
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState<T>(stored);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<{ value: T; dirty: boolean }>({ value: stored, dirty: false });
  const base = useRef<T>(stored);
  const current = useRef<T>(stored);
  const saveRef = useRef(save);
  const mergeRef = useRef(merge);
  const equalRef = useRef(equal);
  useEffect(() => {
    saveRef.current = save;
    mergeRef.current = merge;
    equalRef.current = equal;
    current.current = stored;
  }, [save, merge, equal, stored]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    const now = current.current;
    const merge = mergeRef.current;
    let value = latest.current.value;
    if (merge && !equalRef.current(base.current, now)) {
      value = merge(base.current, value, now);
      latest.current.value = value;
      setDraft(value);
    }
    base.current = value;
    void saveRef.current(value).then(() => setStatus((s) => (s === 'pending' ? s : 'saved')));
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

  /** A change saved at once (removing a citation): one undoable step of its own. */
  const saveNow = useCallback(
    (value: T) => {
      if (readOnly !== null) return;
      latest.current = { value, dirty: true };
      setDraft(value);
      setStatus('saved');
      flush();
    },
    [flush, readOnly],
  );

  useEffect(() => {
    if (latest.current.dirty || equal(stored, latest.current.value)) {
      if (!latest.current.dirty) base.current = stored;
      return;
    }
    base.current = stored;
    latest.current = { value: stored, dirty: false };
    setDraft(stored);
    // `equal` is a pure comparison the caller may define inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  // Closing the editor (another cell, another section) saves what was typed.
  useEffect(() => flush, [flush]);

  return { draft, change, saveNow, status, flush, latest, readOnly };
}
