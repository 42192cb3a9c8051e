import { useState } from 'react';
import { Dialog } from '../../../components/Dialog.tsx';
import { useTranslation } from '../../../i18n/index.ts';

/** Asks once for the name under which this computer codes. */
export function CoderDialog({ onSave, onClose }: { onSave: (name: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <Dialog
      title={t('coding.coderTitle')}
      onClose={onClose}
      confirm={{ label: t('app.save'), disabled: !name.trim(), onConfirm: () => onSave(name.trim()) }}
    >
      <p>{t('coding.coderBody')}</p>
      <label>
        <span>{t('coding.coderName')}</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}
