import { useMemo, useState } from 'react';
import { participantTimeline } from '../../../shared/dynamics/interaction.ts';
import { speakerTag } from '../../../shared/dynamics/quote.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { useLang } from './Explain.tsx';
import { QuoteButton } from './QuoteButton.tsx';
import { snippet } from './route.ts';
import type { GroupModel } from './useGroup.ts';

type Props = { data: ProjectData; group: GroupModel; projectId: string; toast: (text: string) => void };

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Follow one participant through the conversation: their turns in order with the codes on each, each a way into the transcript. */
export function ParticipantView({ data, group, projectId, toast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [chosen, setChosen] = useState('');
  const [context, setContext] = useState(1);
  const speaker = group.participants.find((s) => s.id === chosen) ?? group.participants[0];
  const entries = useMemo(
    () =>
      speaker
        ? participantTimeline(data, speaker.id).filter(
            (e) => !group.question || (e.start >= group.question.start && e.start < group.question.end),
          )
        : [],
    [data, speaker, group.question],
  );
  const codes = new Map(data.codes.map((c) => [c.id, c]));
  const length = Math.max(1, group.document.text.length);
  const open = (codingId?: string) =>
    navigate({
      screen: 'project',
      projectId,
      section: 'documents',
      documentId: group.document.id,
      ...(codingId ? { codingId } : {}),
    });

  if (!speaker) return <p className="muted">{t('dynamics.participant.none')}</p>;
  return (
    <section className="card participant-view" aria-label={t('dynamics.tab.participant')}>
      <div className="participant-controls">
        <label className="inline">
          <span>{t('dynamics.participant.choose')}</span>
          <select value={speaker.id} onChange={(e) => setChosen(e.target.value)}>
            {group.participants.map((s) => (
              <option key={s.id} value={s.id}>
                {speakerTag(data, s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span>{t('dynamics.quote.context')}</span>
          <select value={context} onChange={(e) => setContext(Number(e.target.value))}>
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t('dynamics.quote.turns', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="measure-explain">{t('dynamics.participant.explain')}</p>
      {group.question && (
        <p className="filter-note">{t('dynamics.filteredTo', { question: group.question.label })}</p>
      )}
      <div className="timeline-strip" aria-hidden="true">
        {entries.map((e) => (
          <span
            key={e.turnId}
            className={e.codes.length > 0 ? 'tick coded' : 'tick'}
            style={{ left: `${(e.start / length) * 100}%` }}
          />
        ))}
      </div>
      <p className="small muted">{t('dynamics.participant.summary', { count: entries.length })}</p>
      <ol className="timeline">
        {entries.map((e) => {
          const codings = data.codings.filter(
            (c) => c.documentId === group.document.id && c.start < e.end && c.end > e.start,
          );
          return (
            <li key={e.turnId} className="timeline-entry">
              <button
                type="button"
                className="timeline-jump"
                onClick={() => open(codings[0]?.id)}
                title={t('dynamics.participant.open')}
              >
                <span className="timeline-when">
                  {e.time === undefined ? `${formatNumber((e.start / length) * 100, lang)}%` : clock(e.time)}
                </span>
                <span className="timeline-text">
                  {snippet(group.document.text.slice(e.start, e.end), 220)}
                </span>
                <span className="small muted">
                  {t('dynamics.interlocutor.words', { count: e.words, words: formatNumber(e.words, lang) })}
                </span>
              </button>
              {codings.length > 0 && (
                <ul className="timeline-codes">
                  {codings.map((c) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        className="code-chip"
                        style={{ borderColor: codes.get(c.codeId)?.color }}
                        onClick={() => open(c.id)}
                      >
                        <span className="swatch" style={{ background: codes.get(c.codeId)?.color }} />
                        {codes.get(c.codeId)?.name ?? '?'}
                      </button>
                      <QuoteButton data={data} codingId={c.id} context={context} toast={toast} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
