import { useCallback, useState } from 'react';
import { setCurrentCoder, useCurrentCoder } from '../../db/codings.ts';
import { useProject } from '../../session/ProjectContext.tsx';

/** Runs coding work under the current coder, asking for the coder's name once when there is none yet. */
export function useCoder() {
  const session = useProject();
  const coder = useCurrentCoder(session.db);
  const [pending, setPending] = useState<((coderId: string) => void) | null>(null);
  const withCoder = useCallback(
    (run: (coderId: string) => void) => {
      if (coder) run(coder.id);
      else setPending(() => run);
    },
    [coder],
  );
  const save = useCallback(
    async (name: string) => {
      const saved = await setCurrentCoder(session, name);
      const run = pending;
      setPending(null);
      run?.(saved.id);
    },
    [session, pending],
  );
  return { withCoder, asking: pending !== null, save, cancel: () => setPending(null) };
}
