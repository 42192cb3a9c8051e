import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useTranslation } from '../../i18n/index.ts';

type Props = { onConfirm: (name: string) => void; onClose: () => void };

/** Asks once under which name this computer codes (codings always belong to a coder). */
export function CoderNameDialog({ onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <Dialog
      title={t('rigour.coderName.title')}
      onClose={onClose}
      confirm={{
        label: t('rigour.coderName.confirm'),
        onConfirm: () => onConfirm(name.trim()),
        disabled: name.trim() === '',
      }}
    >
      <p>{t('rigour.coderName.body')}</p>
      <label>
        <span>{t('rigour.coderName.label')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
    </Dialog>
  );
}
