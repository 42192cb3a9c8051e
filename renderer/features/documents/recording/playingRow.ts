import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which row of the transcript is being heard, kept outside React state: when it changes, only the row that
 * stops and the row that starts being heard are told (and re-render), not the coding view around them.
 */
export class PlayingRow {
  private row = -1;
  private readonly listeners = new Map<number, Set<() => void>>();

  get current(): number {
    return this.row;
  }

  /** Moves the mark to `row` (-1: none); returns whether it moved. */
  set(row: number): boolean {
    if (row === this.row) return false;
    const previous = this.row;
    this.row = row;
    this.notify(previous);
    this.notify(row);
    return true;
  }

  /** Listens for the row at `index` starting or stopping being heard. */
  subscribe(index: number, listener: () => void): () => void {
    let set = this.listeners.get(index);
    if (!set) this.listeners.set(index, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(index) === set) this.listeners.delete(index);
    };
  }

  private notify(index: number) {
    if (index < 0) return;
    this.listeners.get(index)?.forEach((listener) => listener());
  }
}

/** Whether the row at `index` is the one being heard; re-renders its component only when that changes. */
export function useIsPlaying(playing: PlayingRow, index: number): boolean {
  const subscribe = useCallback(
    (listener: () => void) => playing.subscribe(index, listener),
    [playing, index],
  );
  return useSyncExternalStore(subscribe, () => playing.current === index);
}
