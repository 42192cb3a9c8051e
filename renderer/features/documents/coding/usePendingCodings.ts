import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Coding } from '../../../../shared/model.ts';
import type { CodingData } from './useCodingData.ts';

/** Reports a coding that is being stored (`add`) and one whose storing failed (`drop`). */
export type PendingTracker = { add: (coding: Coding) => void; drop: (id: string) => void };

/**
 * Codings applied in this view that the live query has not brought back yet. Storing a coding and re-reading
 * the codings of a long transcript takes several frames, so the new stripe is shown at once (measured by
 * `npm run bench`, "apply a coding") and the stored coding takes its place when it arrives.
 */
export function usePendingCodings(data: CodingData): { data: CodingData; tracker: PendingTracker } {
  const [pending, setPending] = useState<Coding[]>([]);
  const waiting = useMemo(
    () => (pending.length === 0 ? pending : pending.filter((c) => !isStored(data.codings, c))),
    [data.codings, pending],
  );
  // Forget the codings that have arrived (React's "adjust state while rendering" pattern).
  if (waiting.length < pending.length) setPending(waiting);
  const shown = useMemo(
    () =>
      waiting.length === 0
        ? data
        : {
            ...data,
            codings: withPending(data.codings, waiting),
            pending: { stored: data.codings, added: waiting },
          },
    [data, waiting],
  );
  const tracker = useMemo<PendingTracker>(
    () => ({
      // Painted in the same task as the key press or click, not after a scheduler round trip.
      add: (coding) => flushSync(() => setPending((list) => [...list, coding])),
      drop: (id) => setPending((list) => list.filter((c) => c.id !== id)),
    }),
    [],
  );
  return { data: shown, tracker };
}

/** Index of the first coding (of a list in text order) that starts after `start`; `orEqual` includes equal starts. */
function firstAfter(codings: readonly Coding[], start: number, orEqual = false): number {
  let lo = 0;
  let hi = codings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = codings[mid]!.start;
    if (s < start || (!orEqual && s === start)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `coding` is among `codings` (in text order: by start, then id), found by a binary search, not a scan. */
export function isStored(codings: readonly Coding[], coding: Coding): boolean {
  for (let i = firstAfter(codings, coding.start, true); i < codings.length; i++) {
    if (codings[i]!.start !== coding.start) return false;
    if (codings[i]!.id === coding.id) return true;
  }
  return false;
}

/**
 * The stored codings (in text order) with the pending ones inserted, each after the codings that start where or
 * before it does, in the order they were applied: what sorting them all by start would give, without the sort.
 */
export function withPending(codings: readonly Coding[], pending: readonly Coding[]): Coding[] {
  const merged = codings.slice();
  for (const coding of pending) merged.splice(firstAfter(merged, coding.start), 0, coding);
  return merged;
}
