import { useMemo } from 'react';
import { distinctiveWords } from '../../../shared/analysis/distinctive.ts';
import type { WordCounts } from '../../../shared/analysis/wordCounts.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useLang } from './useAnalysis.ts';
import { FormsText } from './WordList.tsx';

/** Words a perspective uses more than the rest: G² (log-likelihood), log ratio, and the rates compared. */
export function DistinctiveList({ counts, column }: { counts: WordCounts; column: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { words } = useMemo(() => distinctiveWords(counts, column, { limit: 30 }), [counts, column]);
  if (words.length === 0) return <p className="muted">{t('compare.words.none')}</p>;
  return (
    <>
      <table className="word-table" data-testid="distinctive-words">
        <thead>
          <tr>
            <th scope="col">{t('compare.words.word')}</th>
            <th scope="col" className="num" title={t('compare.words.g2.help')}>
              {t('compare.words.g2')}
            </th>
            <th scope="col" className="num" title={t('compare.words.logRatio.help')}>
              {t('compare.words.logRatio')}
            </th>
            <th scope="col" className="num">
              {t('compare.words.here')}
            </th>
            <th scope="col" className="num">
              {t('compare.words.rest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {words.map((w) => (
            <tr key={w.stem} className={w.p === null ? 'not-significant' : undefined}>
              <td>
                <strong>{w.word}</strong>
                {w.forms.length > 1 && (
                  <div className="forms muted small">
                    <FormsText forms={w.forms} />
                  </div>
                )}
              </td>
              <td className="num">
                {formatNumber(w.g2, lang, 1)}
                {w.p !== null && <span className="stars"> {stars(w.p)}</span>}
              </td>
              <td className="num">{formatNumber(w.logRatio, lang, 2)}</td>
              <td className="num">{formatNumber(w.per1000, lang, 1)}</td>
              <td className="num">{formatNumber(w.otherPer1000, lang, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('compare.words.stars')}</p>
    </>
  );
}

function stars(p: number): string {
  return p <= 0.001 ? '***' : p <= 0.01 ? '**' : '*';
}
