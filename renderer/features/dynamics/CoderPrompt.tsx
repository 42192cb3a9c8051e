import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useTranslation } from '../../i18n/index.ts';

/** Asks once for the name this computer codes under (every coding remembers its coder). */
export function CoderPrompt({ onSave, onClose }: { onSave: (name: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <Dialog
      title={t('dynamics.coder.title')}
      onClose={onClose}
      confirm={{ label: t('app.save'), disabled: !name.trim(), onConfirm: () => onSave(name.trim()) }}
    >
      <p>{t('dynamics.coder.body')}</p>
      <label>
        <span>{t('dynamics.coder.name')}</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}
