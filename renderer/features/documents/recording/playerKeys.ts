import type { RecordingView } from './useRecordingView.ts';

/** What the player's keys act on in the coding view. */
export type KeyTarget = {
  focusedRow: number;
  selected: { start: number; end: number } | undefined;
  onSync: () => void;
  onNoTime: () => void;
};

/**
 * The player's shortcuts (listed in Help): F4 play/pause as in f4transkript, F3 back 5 s, F7/F9 slower/faster
 * (the same keys as in the transcription mode, where F8 inserts the time), F8 loop, F2 play from the focused turn
 * (or the selected coding), Ctrl+Shift+Enter sync point. Ctrl+Enter
 * stays the coding view's: split the turn at the cursor.
 * Returns whether the key was the player's. F1 stays Help, F5 stays reload in a browser.
 */
export function handlePlayerKey(e: KeyboardEvent, view: RecordingView, target: KeyTarget): boolean {
  const { player } = view;
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F4') player.toggle();
  else if (e.key === 'F3') player.back(5);
  else if (e.key === 'F7') player.changeRate(-1);
  else if (e.key === 'F9') player.changeRate(1);
  else if (e.key === 'F8') player.setLoop(!player.loop);
  else if (mod && e.key === 'Enter' && e.shiftKey) target.onSync();
  else if (e.key === 'F2') {
    const played = target.selected ? view.playRange(target.selected) : view.playRow(target.focusedRow);
    if (!played) target.onNoTime();
  } else return false;
  e.preventDefault();
  return true;
}
