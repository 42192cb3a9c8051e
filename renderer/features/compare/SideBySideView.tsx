import { useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { codeTreeRows } from '../../../shared/analysis/codeTree.ts';
import { sideBySide, type Quote } from '../../../shared/analysis/quotes.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { usePerspectives, type PerspectiveInfo } from './perspectiveColors.ts';
import { QuoteCard } from './QuoteCard.tsx';
import { defaultThemeIds } from './themes.ts';
import { useLang } from './useAnalysis.ts';

/** Two perspectives' quotes on one theme (sub-codes included), in two columns. */
export function SideBySideView({ index }: { index: AnalysisIndex }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = useMemo(() => codeTreeRows(index.project.codes), [index]);
  const perspectives = usePerspectives(index, lang).filter((p) => p.key !== '');
  const [codeId, setCodeId] = useState(() => defaultThemeIds(index)[0] ?? rows[0]?.codeId ?? '');
  const [left, setLeft] = useState(perspectives[0]?.key ?? '');
  const [right, setRight] = useState(perspectives[1]?.key ?? '');
  const moderators = useMemo(
    () => new Set(index.speakers.filter((s) => s.role === 'moderator').map((s) => s.id)),
    [index],
  );
  const result = useMemo(
    () => (codeId ? sideBySide(index, codeId, left, right) : { a: [], b: [] }),
    [index, codeId, left, right],
  );
  if (perspectives.length < 2) return <p className="muted">{t('compare.side.needTwo')}</p>;

  const picker = (label: string, value: string, onChange: (v: string) => void) => (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {perspectives.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
  const column = (key: string, quotes: Quote[]) => {
    const info = perspectives.find((p) => p.key === key);
    // A new theme or perspective starts at the first page again.
    return <QuoteColumn key={`${codeId}\n${key}`} info={info} quotes={quotes} moderators={moderators} />;
  };

  return (
    <div className="side-by-side">
      <p className="muted">{t('compare.side.intro')}</p>
      <div className="compare-controls">
        <label>
          <span>{t('compare.side.theme')}</span>
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            {rows.map((row) => (
              <option key={row.codeId} value={row.codeId}>
                {'\u00a0'.repeat(row.depth * 3)}
                {row.name}
              </option>
            ))}
          </select>
        </label>
        {picker(t('compare.side.left'), left, setLeft)}
        {picker(t('compare.side.right'), right, setRight)}
      </div>
      <div className="side-columns">
        {column(left, result.a)}
        {column(right, result.b)}
      </div>
    </div>
  );
}

/**
 * Quotes a column shows at first and per "show more": a study's theme holds over a thousand quotes per
 * perspective, and drawing them all held the page for more than a second.
 */
const PAGE = 100;

type ColumnProps = { info: PerspectiveInfo | undefined; quotes: Quote[]; moderators: ReadonlySet<string> };

function QuoteColumn({ info, quotes, moderators }: ColumnProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="side-column card" style={{ borderTopColor: info?.color }} aria-label={info?.label}>
      <h3>
        <span className="swatch" style={{ background: info?.color }} aria-hidden="true" />
        {info?.label}{' '}
        <span className="muted">
          · {t('compare.drill.count', { count: quotes.length, formatted: formatNumber(quotes.length, lang) })}
        </span>
      </h3>
      {quotes.length === 0 ? (
        <p className="muted">{t('compare.side.none')}</p>
      ) : (
        <ol className="quote-list">
          {quotes.slice(0, shown).map((quote) => (
            <QuoteCard
              key={quote.codingId}
              quote={quote}
              perspective={undefined}
              moderator={quote.speakerId !== null && moderators.has(quote.speakerId)}
            />
          ))}
        </ol>
      )}
      {quotes.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('compare.drill.more', { count: Math.min(PAGE, quotes.length - shown) })}
        </button>
      )}
    </section>
  );
}
