import { useMemo } from 'react';
import { participation } from '../../../shared/dynamics/participation.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { Explain, useLang } from './Explain.tsx';
import { speakerName } from './route.ts';
import type { GroupModel } from './useGroup.ts';

/** A plain-language reading of a balance value, so nobody has to know what a Gini of 0,31 means. */
function giniReading(gini: number): string {
  if (gini < 0.15) return 'dynamics.reading.even';
  if (gini < 0.3) return 'dynamics.reading.fair';
  if (gini < 0.45) return 'dynamics.reading.uneven';
  return 'dynamics.reading.veryUneven';
}

function minutes(seconds: number, lang: string): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${formatNumber(m, lang)}:${String(s).padStart(2, '0')}`;
}

/** Per speaker turns, words, share and speaking time; the moderator's share; balance (Gini, entropy); silence. */
export function ParticipationView({ data, group }: { data: ProjectData; group: GroupModel }) {
  const { t } = useTranslation();
  const lang = useLang();
  const result = useMemo(() => participation(data, group.document.id, group.question), [data, group]);
  const speakers = new Map(group.speakers.map((s) => [s.id, s]));
  const hasTime = result.speakers.some((s) => s.seconds !== undefined);
  const pct = (x: number) => `${formatNumber(x * 100, lang, 1)}%`;
  const maxShare = Math.max(0.0001, ...result.speakers.map((s) => s.share));
  const rows = [...result.speakers].sort(
    (a, b) => Number(a.role !== 'moderator') - Number(b.role !== 'moderator') || b.words - a.words,
  );
  const value = (x: number, digits = 2) =>
    Number.isFinite(x) ? formatNumber(x, lang, digits) : t('dynamics.undefined');

  return (
    <div className="participation-view">
      <section className="card" aria-label={t('dynamics.participation.table')}>
        <h3>{t('dynamics.participation.table')}</h3>
        {group.question && (
          <p className="filter-note">{t('dynamics.filteredTo', { question: group.question.label })}</p>
        )}
        <table className="participation-table">
          <thead>
            <tr>
              <th>{t('dynamics.speaker')}</th>
              <th className="num" title={t('dynamics.measure.turns')}>
                {t('dynamics.turns')}
              </th>
              <th className="num" title={t('dynamics.measure.words')}>
                {t('dynamics.words')}
              </th>
              <th title={t('dynamics.measure.share')}>{t('dynamics.share')}</th>
              {hasTime && (
                <th className="num" title={t('dynamics.measure.speakingTime')}>
                  {t('dynamics.speakingTime')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.speakerId} className={s.turns === 0 ? 'silent-row' : undefined}>
                <td>
                  {speakerName(speakers.get(s.speakerId))}
                  {s.role === 'moderator' && <span className="role-chip">{t('dynamics.moderator')}</span>}
                </td>
                <td className="num">{formatNumber(s.turns, lang)}</td>
                <td className="num">{formatNumber(s.words, lang)}</td>
                <td>
                  <span className="share-bar">
                    <span
                      className={s.role === 'moderator' ? 'share-fill moderator' : 'share-fill'}
                      style={{ width: `${(s.share / maxShare) * 100}%` }}
                    />
                  </span>
                  <span className="share-text">{pct(s.share)}</span>
                </td>
                {hasTime && (
                  <td className="num">{s.seconds === undefined ? '—' : minutes(s.seconds, lang)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="explain-list">
          {(['turns', 'words', 'share', ...(hasTime ? ['speakingTime'] : [])] as const).map((m) => (
            <div key={m}>
              <dt>{t(`dynamics.${m}`)}</dt>
              <dd>{t(`dynamics.measure.${m}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="measure-cards">
        <section className="card measure-card" aria-label={t('dynamics.moderatorShare')}>
          <h3>{t('dynamics.moderatorShare')}</h3>
          <p className="big-number">{pct(result.moderatorShare)}</p>
          <Explain measure="moderatorShare" />
        </section>
        <section className="card measure-card" aria-label={t('dynamics.gini')}>
          <h3>{t('dynamics.gini')}</h3>
          <p className="big-number">{value(result.gini)}</p>
          {Number.isFinite(result.gini) && <p className="reading">{t(giniReading(result.gini))}</p>}
          <Explain measure="gini" />
        </section>
        <section className="card measure-card" aria-label={t('dynamics.entropy')}>
          <h3>{t('dynamics.entropy')}</h3>
          <p className="big-number">{value(result.entropy)}</p>
          <Explain measure="entropy" />
        </section>
        <section className="card measure-card" aria-label={t('dynamics.silent')}>
          <h3>{t('dynamics.silent')}</h3>
          {result.silent.length === 0 ? (
            <p className="reading">{t('dynamics.silent.none')}</p>
          ) : (
            <ul className="silent-list">
              {result.silent.map((id) => (
                <li key={id}>{speakerName(speakers.get(id))}</li>
              ))}
            </ul>
          )}
          {group.question ? (
            <Explain measure="silent" />
          ) : (
            <p className="measure-explain">{t('dynamics.silent.whole')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
