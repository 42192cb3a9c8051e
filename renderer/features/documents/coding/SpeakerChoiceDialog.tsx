import { useState, type ReactNode } from 'react';
import type { SpeakerTarget } from '../../../../shared/coding/turnEdits.ts';
import type { Speaker } from '../../../../shared/model.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { PerspectiveSelect } from '../../../components/PerspectiveSelect.tsx';
import { useTranslation } from '../../../i18n/index.ts';

type Props = {
  title: string;
  /** What will happen (the two parts of a split, how many turns change). */
  children: ReactNode;
  question: string;
  confirmLabel: string;
  speakers: Speaker[];
  /** The speaker chosen at first; null starts with a new speaker (a missed person). */
  initial: string | null;
  /** A speaker that is not offered (the one whose turns all move). */
  exclude?: string;
  perspectives: string[];
  onConfirm: (target: SpeakerTarget, name: string) => void;
  onClose: () => void;
};

/** Asks which speaker corrected turns go to: one of the document's speakers or a new one. */
export function SpeakerChoiceDialog(props: Props) {
  const { t } = useTranslation();
  const offered = props.speakers.filter((s) => s.id !== props.exclude);
  const [choice, setChoice] = useState<string | null>(
    props.initial && offered.some((s) => s.id === props.initial) ? props.initial : null,
  );
  const [name, setName] = useState('');
  const [perspective, setPerspective] = useState('');
  const [moderator, setModerator] = useState(false);
  const chosen = offered.find((s) => s.id === choice);
  const ready = chosen !== undefined || name.trim() !== '';
  const confirm = () => {
    if (chosen) props.onConfirm({ kind: 'existing', speakerId: chosen.id }, chosen.name);
    else if (name.trim()) {
      const target: SpeakerTarget = { kind: 'new', name, role: moderator ? 'moderator' : 'participant' };
      if (perspective) target.perspective = perspective;
      props.onConfirm(target, name.trim());
    }
  };
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      confirm={{ label: props.confirmLabel, onConfirm: confirm, disabled: !ready }}
    >
      {props.children}
      <fieldset className="speaker-choice">
        <legend>{props.question}</legend>
        {offered.map((s) => (
          <label key={s.id} className="inline">
            <input
              type="radio"
              name="speaker-choice"
              checked={choice === s.id}
              onChange={() => setChoice(s.id)}
            />
            <span>
              {s.name}
              {s.label !== s.name && <span className="muted"> ({s.label})</span>}
              {s.role === 'moderator' && <span className="muted"> · {t('turns.moderator')}</span>}
            </span>
          </label>
        ))}
        <label className="inline">
          <input
            type="radio"
            name="speaker-choice"
            checked={choice === null}
            onChange={() => setChoice(null)}
          />
          <span>{t('turns.newSpeaker')}</span>
        </label>
        <div className="new-speaker">
          <input
            aria-label={t('turns.newName')}
            placeholder={t('turns.newName')}
            value={name}
            autoFocus={choice === null}
            onFocus={() => setChoice(null)}
            onChange={(e) => {
              setName(e.target.value);
              setChoice(null);
            }}
          />
          <PerspectiveSelect
            label={t('turns.newPerspective')}
            emptyLabel={t('turns.asDocument')}
            value={perspective}
            extra={props.perspectives}
            onChange={(value) => {
              setPerspective(value);
              setChoice(null);
            }}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={moderator}
              onChange={(e) => {
                setModerator(e.target.checked);
                setChoice(null);
              }}
            />
            <span>{t('turns.newModerator')}</span>
          </label>
        </div>
      </fieldset>
    </Dialog>
  );
}
