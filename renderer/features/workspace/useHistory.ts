import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { History } from '../../db/history.ts';
import { platform } from '../../platform/index.ts';

/** Undo/redo for the open project: state for buttons, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, and the Edit menu. */
export function useHistory(
  history: History,
  onDone: (message: { kind: 'undo' | 'redo'; label: string }) => void,
) {
  useSyncExternalStore(history.subscribe, () => history.snapshot);
  const undo = useCallback(() => {
    void history.undo().then((label) => label && onDone({ kind: 'undo', label }));
  }, [history, onDone]);
  const redo = useCallback(() => {
    void history.redo().then((label) => label && onDone({ kind: 'redo', label }));
  }, [history, onDone]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Inside a text field the browser's own undo applies.
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    const off = platform.onMenuCommand((command) => {
      if (command === 'undo') undo();
      if (command === 'redo') redo();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [undo, redo]);

  return { undo, redo, nextUndo: history.nextUndo, nextRedo: history.nextRedo };
}
