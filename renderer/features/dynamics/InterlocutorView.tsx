import { useMemo } from 'react';
import { microInterlocutor } from '../../../shared/dynamics/interaction.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { Explain, useLang } from './Explain.tsx';
import { INTERACTION } from './interactionCodes.ts';
import { questionTitle, speakerName } from './route.ts';
import type { GroupModel } from './useGroup.ts';

/** The micro-interlocutor matrix: question × participant, with order of response, words and interaction marks. */
export function InterlocutorView({ data, group }: { data: ProjectData; group: GroupModel }) {
  const { t } = useTranslation();
  const lang = useLang();
  const questions = useMemo(() => (group.question ? [group.question] : group.questions), [group]);
  const cells = useMemo(() => microInterlocutor(data, questions, INTERACTION.all), [data, questions]);
  const cell = (questionId: string, speakerId: string) =>
    cells.find((c) => c.questionId === questionId && c.speakerId === speakerId);
  const codes = new Map(data.codes.map((c) => [c.id, c]));

  return (
    <section className="card interlocutor-view" aria-label={t('dynamics.tab.interlocutor')}>
      <h3>{t('dynamics.tab.interlocutor')}</h3>
      <Explain measure="microInterlocutor" />
      <p className="small muted">{t('dynamics.interlocutor.legend')}</p>
      {questions.length === 0 || group.participants.length === 0 ? (
        <p className="muted">{t('dynamics.question.none')}</p>
      ) : (
        <div className="heatmap-scroll">
          <table className="interlocutor-matrix">
            <thead>
              <tr>
                <th>{t('dynamics.question')}</th>
                {group.participants.map((p) => (
                  <th key={p.id} scope="col">
                    {speakerName(p)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{questionTitle(q, group.questions.indexOf(q))}</th>
                  {group.participants.map((p) => {
                    const c = cell(q.id, p.id);
                    if (!c?.responded)
                      return (
                        <td key={p.id} className="mi-cell silent" title={t('dynamics.interlocutor.silent')}>
                          —
                        </td>
                      );
                    return (
                      <td key={p.id} className="mi-cell">
                        <span className="mi-order">
                          {t('dynamics.interlocutor.order', { order: c.order })}
                        </span>
                        <span className="mi-words">
                          {t('dynamics.interlocutor.words', {
                            count: c.words,
                            words: formatNumber(c.words, lang),
                          })}
                        </span>
                        {c.codes.length > 0 && (
                          <span className="mi-codes">
                            {c.codes.map((id) => (
                              <span
                                key={id}
                                className="code-dot"
                                style={{ background: codes.get(id)?.color }}
                                title={codes.get(id)?.name}
                              >
                                {codes.get(id)?.name}
                              </span>
                            ))}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
