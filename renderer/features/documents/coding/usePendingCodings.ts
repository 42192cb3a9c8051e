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
  const waiting = useMemo(() => {
    if (pending.length === 0) return pending;
    const stored = new Set(data.codings.map((c) => c.id));
    return pending.filter((c) => !stored.has(c.id));
  }, [data.codings, pending]);
  // Forget the codings that have arrived (React's "adjust state while rendering" pattern).
  if (waiting.length < pending.length) setPending(waiting);
  const shown = useMemo(
    () =>
      waiting.length === 0
        ? data
        : { ...data, codings: [...data.codings, ...waiting].sort((a, b) => a.start - b.start) },
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
