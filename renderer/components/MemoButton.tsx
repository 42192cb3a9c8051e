import { useState } from 'react';
import type { MemoTarget } from '../../shared/model.ts';
import { saveMemo, useMemoOf } from '../db/memos.ts';
import { useProject } from '../session/ProjectContext.tsx';
import { useTranslation } from '../i18n/index.ts';
import { useReadOnly } from '../sync/readOnly.ts';
import { Dialog } from './Dialog.tsx';
import { ReadOnlyNote } from './ReadOnlyNote.tsx';

/**
 * The memo of a document or code: a button that shows whether there is one, and a dialog to write it (to read
 * it, for a reader of a shared project, who cannot write one).
 */
export function MemoButton({
  target,
  name,
}: {
  target: Exclude<MemoTarget, { kind: 'project' } | { kind: 'coding' }>;
  name: string;
}) {
  const { t } = useTranslation();
  const session = useProject();
  const memo = useMemoOf(session.db, target);
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={readOnly !== null && !memo}
        title={readOnly ?? undefined}
        onClick={() => setDraft(memo?.text ?? '')}
      >
        {memo ? t('memo.view') : t('memo.add')}
      </button>
      {draft !== null && (
        <Dialog
          title={t('memo.titleOf', { name })}
          onClose={() => setDraft(null)}
          {...(readOnly
            ? {}
            : {
                confirm: {
                  label: t('app.save'),
                  onConfirm: () => void saveMemo(session, target, name, draft).then(() => setDraft(null)),
                },
              })}
        >
          <textarea
            autoFocus
            rows={8}
            value={draft}
            aria-label={t('memo.text')}
            readOnly={readOnly !== null}
            title={readOnly ?? undefined}
            onChange={(e) => readOnly === null && setDraft(e.target.value)}
          />
          <ReadOnlyNote reason={readOnly} />
        </Dialog>
      )}
    </>
  );
}
