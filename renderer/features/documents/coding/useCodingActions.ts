import { useCallback, useState } from 'react';
import type { Code } from '../../../../shared/model.ts';
import { createCode } from '../../../db/codes.ts';
import { addCoding, newCoding, setCurrentCoder, useCurrentCoder } from '../../../db/codings.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { afterPaint } from '../../../components/afterPaint.ts';
import type { PendingTracker } from './usePendingCodings.ts';

type Range = { start: number; end: number };

/** Applying codes to the selection: asks for the coder's name the first time, creates codes on the fly. */
export function useCodingActions(
  documentId: string,
  text: string,
  toast: (text: string) => void,
  pending?: PendingTracker,
) {
  const session = useProject();
  const { t } = useTranslation();
  const coder = useCurrentCoder(session.db);
  const [askCoder, setAskCoder] = useState<((coderId: string) => void) | null>(null);

  const withCoder = useCallback(
    (run: (coderId: string) => void) => {
      if (coder) run(coder.id);
      else setAskCoder(() => run);
    },
    [coder],
  );

  const saveCoder = useCallback(
    async (name: string) => {
      const saved = await setCurrentCoder(session, name);
      const pending = askCoder;
      setAskCoder(null);
      pending?.(saved.id);
    },
    [session, askCoder],
  );

  const apply = useCallback(
    (code: Code, range: Range) =>
      new Promise<void>((resolve) =>
        withCoder((coderId) => {
          const coding = newCoding({
            documentId,
            codeId: code.id,
            start: range.start,
            end: range.end,
            coderId,
          });
          pending?.add(coding);
          // The stripe is drawn from the pending coding; storing it (and its undo step) would delay that frame
          // (a document's codings are one row, written whole), so it waits until the frame is painted.
          const store = () =>
            void addCoding(session, coding).then(
              () => {
                toast(t('coding.applied', { code: code.name }));
                resolve();
              },
              (error: unknown) => {
                pending?.drop(coding.id);
                throw error;
              },
            );
          if (pending) afterPaint(store);
          else store();
        }),
      ),
    [withCoder, session, documentId, toast, t, pending],
  );

  const createAndApply = useCallback(
    async (name: string, range: Range) => {
      const code = await createCode(session, name.slice(0, 80));
      await apply(code, range);
    },
    [session, apply],
  );

  const inVivo = useCallback(
    (range: Range) => createAndApply(text.slice(range.start, range.end).replace(/\s+/g, ' ').trim(), range),
    [createAndApply, text],
  );

  return {
    coder,
    apply,
    createAndApply,
    inVivo,
    askCoder: askCoder !== null,
    saveCoder,
    cancelCoder: () => setAskCoder(null),
  };
}
