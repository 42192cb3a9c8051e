import { useCallback, useState } from 'react';
import type { Code } from '../../../../shared/model.ts';
import { createCode } from '../../../db/codes.ts';
import { addCoding, setCurrentCoder, useCurrentCoder } from '../../../db/codings.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useProject } from '../../workspace/ProjectContext.tsx';

type Range = { start: number; end: number };

/** Applying codes to the selection: asks for the coder's name the first time, creates codes on the fly. */
export function useCodingActions(documentId: string, text: string, toast: (text: string) => void) {
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
          void addCoding(session, {
            documentId,
            codeId: code.id,
            start: range.start,
            end: range.end,
            coderId,
          }).then(() => {
            toast(t('coding.applied', { code: code.name }));
            resolve();
          });
        }),
      ),
    [withCoder, session, documentId, toast, t],
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
