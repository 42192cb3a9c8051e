import { memo, useState } from 'react';
import { perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import type { SpeakerGroup, speakerOverview } from '../../../shared/import/overview.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';

type Props = { overview: ReturnType<typeof speakerOverview> };

/**
 * Turns and words per speaker, per document or per perspective, with the moderator's share. Per perspective,
 * each speaker's document (group) is named once beside its speakers, so ten moderators are ten groups.
 * Drawn again only when the overview changes (it can hold hundreds of rows).
 */
export const SpeakerOverview = memo(function SpeakerOverview({ overview }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [by, setBy] = useState<'document' | 'perspective'>('document');
  const groups = by === 'document' ? overview.byDocument : overview.byPerspective;
  return (
    <section className="speaker-overview" aria-labelledby="speaker-overview-title">
      <div className="section-header">
        <h2 id="speaker-overview-title">{t('overview.title')}</h2>
        <label className="inline">
          <span>{t('overview.by')}</span>
          <select
            value={by}
            onChange={(e) => setBy(e.target.value === 'perspective' ? 'perspective' : 'document')}
          >
            <option value="document">{t('overview.byDocument')}</option>
            <option value="perspective">{t('overview.byPerspective')}</option>
          </select>
        </label>
      </div>
      <div className={by === 'perspective' ? 'overview-grid by-perspective' : 'overview-grid'}>
        {groups.map((g) => (
          <OverviewCard key={g.key} group={g} by={by} lang={lang} />
        ))}
      </div>
    </section>
  );
});

/**
 * One group's card. A component of its own, so that drawing 70 cards is 70 pieces of work that React can spread
 * over several tasks, and a card is drawn again only when its group changes.
 */
const OverviewCard = memo(function OverviewCard({
  group: g,
  by,
  lang,
}: {
  group: SpeakerGroup;
  by: 'document' | 'perspective';
  lang: 'nl' | 'en';
}) {
  const { t } = useTranslation();
  const pct = (x: number) => `${formatNumber(x * 100, lang, 1)} %`;
  return (
    <div className="card overview-card">
      <h3>
        {by === 'perspective' ? perspectiveLabel(g.label, lang) || g.label || t('perspective.none') : g.label}
      </h3>
      <p className="muted">
        {g.moderatorShare === null
          ? t('overview.noModerator')
          : t('overview.moderatorShare', { share: pct(g.moderatorShare) })}{' '}
        · {t('overview.totalWords', { count: g.words, words: formatNumber(g.words, lang) })}
      </p>
      <table>
        <thead>
          <tr>
            {by === 'perspective' && <th>{t('overview.document')}</th>}
            <th>{t('overview.speaker')}</th>
            <th className="num">{t('import.turns')}</th>
            <th className="num">{t('import.words')}</th>
            <th className="num">{t('overview.share')}</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r, i) => (
            <tr key={r.speakerId} className={r.role === 'moderator' ? 'moderator' : undefined}>
              {by === 'perspective' && g.rows[i - 1]?.documentId !== r.documentId && (
                <td className="overview-document" rowSpan={sameDocumentRun(g.rows, i)}>
                  {r.documentName}
                </td>
              )}
              <td>
                {r.name}
                {/* The badge says the role, unless the name already does ("Gespreksleider"). */}
                {r.role === 'moderator' &&
                  r.name.trim().toLocaleLowerCase() !== t('import.moderator').toLocaleLowerCase() && (
                    <span className="badge">{t('import.moderator')}</span>
                  )}
              </td>
              <td className="num">{formatNumber(r.turns, lang)}</td>
              <td className="num">{formatNumber(r.words, lang)}</td>
              <td className="num">
                <span
                  className="share-bar"
                  style={{ width: `${Math.round(r.share * 60)}px` }}
                  aria-hidden="true"
                />
                {pct(r.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** How many rows from `index` on belong to the same document (rows are grouped by document). */
function sameDocumentRun(rows: readonly { documentId: string }[], index: number): number {
  let end = index + 1;
  while (end < rows.length && rows[end]!.documentId === rows[index]!.documentId) end++;
  return end - index;
}
