import { useMemo } from 'react';
import { responseOrder, transitions, transitionShares } from '../../../shared/dynamics/turnTaking.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { Explain, useLang } from './Explain.tsx';
import { questionTitle, speakerName } from './route.ts';
import { TransitionHeatmap } from './TransitionHeatmap.tsx';
import type { GroupModel } from './useGroup.ts';

/** Who follows whom, how much the participants talk to each other, and who answers each question first. */
export function TurnTakingView({ data, group }: { data: ProjectData; group: GroupModel }) {
  const { t } = useTranslation();
  const lang = useLang();
  const documentId = group.document.id;
  const matrix = useMemo(
    () => transitions(data, documentId, group.question),
    [data, documentId, group.question],
  );
  const shares = useMemo(() => transitionShares(data, documentId, matrix), [data, documentId, matrix]);
  const questions = useMemo(() => (group.question ? [group.question] : group.questions), [group]);
  const order = useMemo(() => responseOrder(data, questions), [data, questions]);
  const speakers = new Map(group.speakers.map((s) => [s.id, s]));
  const pct = (x: number) => `${formatNumber(x * 100, lang, 0)}%`;
  const bars = [
    { key: 'participantToParticipant', value: shares.participantToParticipant },
    { key: 'moderatorToParticipant', value: shares.moderatorToParticipant },
    { key: 'participantToModerator', value: shares.participantToModerator },
  ] as const;

  return (
    <div className="turn-taking-view">
      <section className="card" aria-label={t('dynamics.transitions')}>
        <h3>{t('dynamics.transitions')}</h3>
        {group.question && (
          <p className="filter-note">{t('dynamics.filteredTo', { question: group.question.label })}</p>
        )}
        <Explain measure="transitions" />
        {shares.total === 0 ? (
          <p className="muted">{t('dynamics.transitions.none')}</p>
        ) : (
          <TransitionHeatmap matrix={matrix} speakers={group.speakers} />
        )}
      </section>
      <section className="card" aria-label={t('dynamics.shares')}>
        <h3>{t('dynamics.shares')}</h3>
        <Explain measure="participantToParticipant" />
        <div className="shares">
          {bars.map((bar) => (
            <div key={bar.key} className="share-row">
              <span className="share-label">{t(`dynamics.shares.${bar.key}`)}</span>
              <span className="share-bar wide">
                <span className={`share-fill ${bar.key}`} style={{ width: `${bar.value * 100}%` }} />
              </span>
              <span className="share-text">{pct(bar.value)}</span>
            </div>
          ))}
        </div>
        <p className="small muted">{t('dynamics.shares.total', { count: shares.total })}</p>
      </section>
      <section className="card" aria-label={t('dynamics.responseOrder')}>
        <h3>{t('dynamics.responseOrder')}</h3>
        <Explain measure="responseOrder" />
        {questions.length === 0 ? (
          <p className="muted">{t('dynamics.question.none')}</p>
        ) : (
          <table className="response-order">
            <tbody>
              {questions.map((q) => {
                const ids = order.get(q.id) ?? [];
                return (
                  <tr key={q.id}>
                    <th scope="row">{questionTitle(q, group.questions.indexOf(q))}</th>
                    <td>
                      {ids.length === 0 ? (
                        <span className="muted">{t('dynamics.responseOrder.none')}</span>
                      ) : (
                        <ol className="order-chips">
                          {ids.map((id) => (
                            <li key={id}>{speakerName(speakers.get(id))}</li>
                          ))}
                        </ol>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
