import { useMemo, useState } from 'react';
import type { ProjectData } from '../../../shared/model.ts';
import { updateSpeakers } from '../../db/documents.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { moderatorCandidates } from './route.ts';
import type { GroupModel } from './useGroup.ts';

type Props = { data: ProjectData; group: GroupModel; toast: (text: string) => void };

/**
 * A group without a moderator gets no questioning route and counts everyone as a participant. Instead of sending
 * the researcher to find where a moderator is marked, ask here, with the speaker who asked most questions first.
 */
export function ModeratorPick({ data, group, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const candidates = useMemo(
    () => moderatorCandidates(group.document, group.speakers, data.turns),
    [group.document, group.speakers, data.turns],
  );
  const [chosen, setChosen] = useState('');
  const speakerId = chosen || candidates[0]?.speaker.id || '';
  if (candidates.length === 0) return null;
  const mark = () => {
    const speaker = group.speakers.find((s) => s.id === speakerId);
    if (!speaker) return;
    void updateSpeakers(session, [{ ...speaker, role: 'moderator' }]).then(() =>
      toast(t('dynamics.route.moderatorMarked', { name: speaker.name })),
    );
  };
  return (
    <div className="moderator-pick" role="group" aria-labelledby="moderator-pick-text">
      <p id="moderator-pick-text">{t('dynamics.route.noModerator')}</p>
      <label className="inline">
        <span>{t('dynamics.route.pickModerator')}</span>
        <select value={speakerId} onChange={(e) => setChosen(e.target.value)}>
          {candidates.map(({ speaker, turns, questions }) => (
            <option key={speaker.id} value={speaker.id}>
              {t('dynamics.route.candidate', { name: speaker.name, count: turns, questions })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={mark}>
        {t('dynamics.route.markModerator')}
      </button>
    </div>
  );
}
