import { useMemo, useState } from 'react';
import { documentTurns } from '../../../shared/dynamics/participation.ts';
import { questionLabel } from '../../../shared/dynamics/questions.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { Dialog } from '../../components/Dialog.tsx';
import type { QuestionDraft } from '../../db/questions.ts';
import { useTranslation } from '../../i18n/index.ts';
import { snippet, speakerName } from './route.ts';
import type { GroupModel } from './useGroup.ts';

type Props = {
  data: ProjectData;
  group: GroupModel;
  onAdd: (draft: QuestionDraft) => void;
  onClose: () => void;
};

/** Adds a question: pick the moderator turn that opens it (any turn when no moderator is marked) and name it. */
export function AddQuestionDialog({ data, group, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const { document } = group;
  const turns = useMemo(() => {
    const all = documentTurns(data, document.id);
    const moderators = new Set(group.speakers.filter((s) => s.role === 'moderator').map((s) => s.id));
    const asked = new Set(group.questions.map((q) => q.turnId));
    const own = all.filter((turn) => turn.speakerId !== null && moderators.has(turn.speakerId));
    return (own.length > 0 ? own : all).filter((turn) => !asked.has(turn.id));
  }, [data, document.id, group.speakers, group.questions]);
  const [turnId, setTurnId] = useState('');
  const [label, setLabel] = useState('');
  const turn = turns.find((x) => x.id === turnId);
  const speakers = new Map(group.speakers.map((s) => [s.id, s]));

  return (
    <Dialog
      title={t('dynamics.route.addTitle')}
      onClose={onClose}
      wide
      confirm={{
        label: t('dynamics.route.add'),
        disabled: !turn || !label.trim(),
        onConfirm: () => turn && onAdd({ turnId: turn.id, label: label.trim(), start: turn.start }),
      }}
    >
      <p>{t('dynamics.route.addBody')}</p>
      <label>
        <span>{t('dynamics.route.turn')}</span>
        <select
          value={turnId}
          onChange={(e) => {
            const next = turns.find((x) => x.id === e.target.value);
            setTurnId(e.target.value);
            if (next) setLabel(questionLabel(document.text.slice(next.start, next.end)));
          }}
        >
          <option value="">{t('dynamics.route.chooseTurn')}</option>
          {turns.map((x) => (
            <option key={x.id} value={x.id}>
              {`${speakerName(x.speakerId === null ? undefined : speakers.get(x.speakerId))}: ${snippet(document.text.slice(x.start, x.end))}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('dynamics.route.label')}</span>
        <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
    </Dialog>
  );
}
