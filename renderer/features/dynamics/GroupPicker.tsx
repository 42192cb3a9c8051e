import type { ProjectData } from '../../../shared/model.ts';
import { perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useLang } from './Explain.tsx';
import { questionTitle } from './route.ts';
import type { GroupModel } from './useGroup.ts';

type Props = {
  data: ProjectData;
  group: GroupModel;
  questionId: string;
  onGroup: (documentId: string) => void;
  onQuestion: (questionId: string) => void;
};

/** Which group (document) the views show, and which question segment they are filtered to. */
export function GroupPicker({ data, group, questionId, onGroup, onQuestion }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="dynamics-picker">
      <label className="inline">
        <span>{t('dynamics.group')}</span>
        <select value={group.document.id} onChange={(e) => onGroup(e.target.value)}>
          {data.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.attributes.perspective
                ? `${d.name} — ${perspectiveLabel(d.attributes.perspective, lang) || d.attributes.perspective}`
                : d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <span>{t('dynamics.filter')}</span>
        <select value={group.question ? questionId : ''} onChange={(e) => onQuestion(e.target.value)}>
          <option value="">{t('dynamics.filter.all')}</option>
          {group.questions.map((q, i) => (
            <option key={q.id} value={q.id}>
              {questionTitle(q, i)}
            </option>
          ))}
        </select>
      </label>
      <span className={group.confirmed ? 'route-status confirmed' : 'route-status'}>
        {group.confirmed
          ? t('dynamics.route.confirmedStatus', { count: group.questions.length })
          : t('dynamics.route.proposedStatus', { count: group.questions.length })}
      </span>
    </div>
  );
}
