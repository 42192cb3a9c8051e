import { useMemo } from 'react';
import { wordFrequencies, type WordCounts } from '../../../shared/analysis/wordCounts.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useLang } from './useAnalysis.ts';

/** Forms of a stem as "gesprek (12), gesprekken (5)". */
export function FormsText({ forms }: { forms: { form: string; count: number }[] }) {
  const lang = useLang();
  return <>{forms.map((f) => `${f.form} (${formatNumber(f.count, lang)})`).join(', ')}</>;
}

/** The most frequent words of a column (or all), inflections grouped under their stem. */
export function WordList({ counts, column }: { counts: WordCounts; column: number | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useMemo(() => wordFrequencies(counts, { column, limit: 40 }), [counts, column]);
  if (words.length === 0) return <p className="muted">{t('compare.words.none')}</p>;
  return (
    <table className="word-table" data-testid="word-frequencies">
      <thead>
        <tr>
          <th scope="col">{t('compare.words.word')}</th>
          <th scope="col" className="num">
            {t('compare.words.count')}
          </th>
          <th scope="col" className="num">
            {t('compare.words.per1000')}
          </th>
          <th scope="col">{t('compare.words.forms')}</th>
        </tr>
      </thead>
      <tbody>
        {words.map((w) => (
          <tr key={w.stem}>
            <td>
              <strong>{w.word}</strong>
            </td>
            <td className="num">{formatNumber(w.count, lang)}</td>
            <td className="num">{formatNumber(w.per1000, lang, 1)}</td>
            <td className="forms muted">
              <FormsText forms={w.forms} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
