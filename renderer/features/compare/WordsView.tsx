import { useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { countWords } from '../../../shared/analysis/wordCounts.ts';
import { formatCount, useTranslation } from '../../i18n/index.ts';
import { DistinctiveList } from './DistinctiveList.tsx';
import { KwicSearch } from './KwicSearch.tsx';
import { useLang } from './useAnalysis.ts';
import { WordList } from './WordList.tsx';
import { ModeratorCheck } from './ModeratorCheck.tsx';

/** Text analysis: word frequencies and distinctive words per perspective, and keyword in context. */
export function WordsView({ index }: { index: AnalysisIndex }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [includeModerator, setIncludeModerator] = useState(false);
  const counts = useMemo(
    () => countWords(index, { includeModerator, lang }),
    [index, includeModerator, lang],
  );
  const languageList = (['nl', 'en'] as const)
    .map((l) => [l, [...counts.languages.values()].filter((x) => x === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${t(`compare.words.lang.${l}`)} (${formatCount('documents', n, lang)})`)
    .join(', ');
  const [column, setColumn] = useState(-1);
  const chosen = column >= 0 && column < counts.columns.length ? column : -1;
  const info = chosen >= 0 ? counts.columns[chosen] : undefined;

  return (
    <div className="words-view">
      <div className="compare-controls">
        <label>
          <span>{t('compare.words.group')}</span>
          <select value={chosen} onChange={(e) => setColumn(Number(e.target.value))}>
            <option value={-1}>{t('compare.words.all')}</option>
            {counts.columns.map((c, i) => (
              <option key={c.key} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <ModeratorCheck checked={includeModerator} onChange={setIncludeModerator} />
        <p className="measure-help">
          {t('compare.words.stopwords')}{' '}
          <span data-testid="word-languages">
            {t('compare.words.languages', { languages: languageList })}
          </span>
        </p>
      </div>
      {/* The panels scroll: focusable, so the keyboard can scroll them too. */}
      <div className="words-panels">
        <section className="card" aria-labelledby="words-frequency" tabIndex={0}>
          <h3 id="words-frequency">
            {info?.color && <span className="swatch" style={{ background: info.color }} aria-hidden="true" />}
            {t('analysis.words.frequency')}
            {info && <span className="muted"> · {info.label}</span>}
          </h3>
          <WordList counts={counts} column={chosen >= 0 ? chosen : undefined} />
        </section>
        <section className="card" aria-labelledby="words-distinctive" tabIndex={0}>
          <h3 id="words-distinctive">
            {t('analysis.words.distinctive')}
            {info && <span className="muted"> · {info.label}</span>}
          </h3>
          <p className="muted small">{t('analysis.words.distinctive.help')}</p>
          <p className="muted small">{t('compare.words.method')}</p>
          {chosen >= 0 ? (
            <DistinctiveList counts={counts} column={chosen} />
          ) : (
            <p className="muted">{t('compare.words.choose')}</p>
          )}
        </section>
      </div>
      <KwicSearch index={index} />
    </div>
  );
}
