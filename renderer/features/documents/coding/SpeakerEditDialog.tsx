import { useState } from 'react';
import type { Speaker } from '../../../../shared/model.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { PerspectiveSelect } from '../../../components/PerspectiveSelect.tsx';
import { useTranslation } from '../../../i18n/index.ts';

type Props = {
  speaker: Speaker;
  /** Perspectives already used in this document, offered besides the seven defaults. */
  perspectives: string[];
  onSave: (speaker: Speaker) => void;
  onClose: () => void;
};

/**
 * Edits one speaker after import: the name shown everywhere ("Spreker 1" → "Gespreksleider"), whether they lead
 * the conversation, and their own perspective. The label as written in the transcript stays as it was.
 */
export function SpeakerEditDialog({ speaker, perspectives, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(speaker.name);
  const [moderator, setModerator] = useState(speaker.role === 'moderator');
  const [perspective, setPerspective] = useState(speaker.attributes.perspective ?? '');
  const save = () => {
    const attributes = { ...speaker.attributes };
    if (perspective) attributes.perspective = perspective;
    else delete attributes.perspective;
    onSave({ ...speaker, name: name.trim(), role: moderator ? 'moderator' : 'participant', attributes });
  };
  return (
    <Dialog
      title={t('turns.editTitle', { name: speaker.name })}
      onClose={onClose}
      confirm={{ label: t('app.save'), onConfirm: save, disabled: name.trim() === '' }}
    >
      <div className="speaker-edit">
        <label>
          <span>{t('turns.editName')}</span>
          <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
        </label>
        {speaker.label !== name.trim() && (
          <p className="muted small">{t('turns.editLabel', { label: speaker.label })}</p>
        )}
        <label className="inline">
          <input type="checkbox" checked={moderator} onChange={(e) => setModerator(e.target.checked)} />
          <span>{t('turns.newModerator')}</span>
        </label>
        <PerspectiveSelect
          label={t('turns.newPerspective')}
          emptyLabel={t('turns.asDocument')}
          value={perspective}
          extra={perspectives}
          onChange={setPerspective}
        />
      </div>
    </Dialog>
  );
}
