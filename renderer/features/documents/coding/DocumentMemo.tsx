import { useState } from 'react';
import type { KoorDocument } from '../../../../shared/model.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { saveMemo, useMemoOf } from '../../../db/memos.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useProject } from '../../workspace/ProjectContext.tsx';

/** The memo of a document: a button that shows whether there is one, and a dialog to write it. */
export function DocumentMemo({ document }: { document: KoorDocument }) {
  const { t } = useTranslation();
  const session = useProject();
  const memo = useMemoOf(session.db, { kind: 'document', id: document.id });
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setDraft(memo?.text ?? '')}>
        {memo ? t('memo.documentEdit') : t('memo.documentAdd')}
      </button>
      {draft !== null && (
        <Dialog
          title={t('memo.documentTitle', { name: document.name })}
          onClose={() => setDraft(null)}
          confirm={{
            label: t('app.save'),
            onConfirm: () =>
              void saveMemo(session, { kind: 'document', id: document.id }, document.name, draft).then(() =>
                setDraft(null),
              ),
          }}
        >
          <textarea
            autoFocus
            rows={8}
            value={draft}
            aria-label={t('memo.text')}
            onChange={(e) => setDraft(e.target.value)}
          />
        </Dialog>
      )}
    </>
  );
}
