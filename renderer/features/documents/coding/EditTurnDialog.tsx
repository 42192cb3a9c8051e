import { useState } from 'react';
import { diffEdit } from '../../../../shared/coding/diff.ts';
import type { TextEdit } from '../../../../shared/coding/offsets.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { useTranslation } from '../../../i18n/index.ts';

type Props = { text: string; offset: number; onSave: (edit: TextEdit) => void; onClose: () => void };

/** Fix a typo or a name in one turn; codings stay on the same words. */
export function EditTurnDialog({ text, offset, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(text);
  return (
    <Dialog
      wide
      title={t('coding.editTurn')}
      onClose={onClose}
      confirm={{
        label: t('app.save'),
        disabled: value === text,
        onConfirm: () => {
          const edit = diffEdit(text, value, offset);
          if (edit) onSave(edit);
        },
      }}
    >
      <p className="muted">{t('coding.editTurnHint')}</p>
      <label>
        <span>{t('coding.turnText')}</span>
        <textarea autoFocus rows={8} value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
    </Dialog>
  );
}
