import { useMemo, useState } from 'react';
import { alignToRoute } from '../../../shared/dynamics/questions.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { Dialog } from '../../components/Dialog.tsx';
import type { Question as StoredQuestion } from '../../db/questions.ts';
import { useTranslation } from '../../i18n/index.ts';
import type { GroupModel } from './useGroup.ts';

type Props = {
  data: ProjectData;
  group: GroupModel;
  stored: readonly StoredQuestion[];
  /** New labels per question id of this group, and the name of the group they come from. */
  onApply: (labels: Map<string, string>, source: string) => void;
  onClose: () => void;
};

/** Takes the labels of another group's confirmed route: each question gets the label of the route question it matches. */
export function ReuseRouteDialog({ data, group, stored, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const sources = data.documents.filter(
    (d) => d.id !== group.document.id && stored.some((q) => q.documentId === d.id),
  );
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? '');
  const labels = useMemo(() => {
    const route = stored
      .filter((q) => q.documentId === sourceId)
      .sort((a, b) => a.order - b.order)
      .map((q) => ({ key: q.id, label: q.label }));
    const byKey = new Map(route.map((r) => [r.key, r.label]));
    const result = new Map<string, string>();
    for (const q of alignToRoute(route, group.questions))
      if (q.routeKey !== undefined) result.set(q.id, byKey.get(q.routeKey) ?? q.label);
    return result;
  }, [stored, sourceId, group.questions]);
  const source = sources.find((d) => d.id === sourceId);

  return (
    <Dialog
      title={t('dynamics.route.reuseTitle')}
      onClose={onClose}
      wide
      confirm={{
        label: t('dynamics.route.reuseApply', { count: labels.size }),
        disabled: !source || labels.size === 0,
        onConfirm: () => source && onApply(labels, source.name),
      }}
    >
      <p>{t('dynamics.route.reuseBody')}</p>
      {sources.length === 0 ? (
        <p className="muted">{t('dynamics.route.reuseNone')}</p>
      ) : (
        <>
          <label>
            <span>{t('dynamics.route.reuseFrom')}</span>
            <select value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              {sources.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <table className="reuse-preview">
            <thead>
              <tr>
                <th>{t('dynamics.route.reuseHere')}</th>
                <th>{t('dynamics.route.reuseBecomes')}</th>
              </tr>
            </thead>
            <tbody>
              {group.questions.map((q) => (
                <tr key={q.id}>
                  <td>{q.label}</td>
                  <td>
                    {labels.get(q.id) ?? <span className="muted">{t('dynamics.route.reuseNoMatch')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
