import type { Crosstab } from '../../../shared/analysis/crosstab.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useLang } from './useAnalysis.ts';

type Props = {
  table: Crosstab;
  /** All codings of the project and its documents. */
  codings: number;
  documents: number;
  onIncludeModerator: () => void;
};

/** What the table counts: "45 van 50 coderingen in 7 documenten", and that the moderator's are left out. */
export function CrosstabSummary({ table, codings, documents, onIncludeModerator }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const count = (key: string, n: number) => t(key, { count: n, formatted: formatNumber(n, lang) });
  const all = count('compare.summary.codings', codings);
  const codingsText =
    table.countedCodings === codings
      ? all
      : t('compare.summary.counted', { counted: formatNumber(table.countedCodings, lang), codings: all });
  return (
    <p className="muted summary" data-testid="crosstab-summary">
      {codingsText} {count('compare.summary.documents', documents)} ·{' '}
      {count('compare.summary.words', table.totalSpokenWords)}
      {table.moderatorCodings > 0 && (
        <>
          {' · '}
          {count('compare.summary.moderatorOut', table.moderatorCodings)}{' '}
          <button type="button" className="link" onClick={onIncludeModerator}>
            {t('compare.summary.includeModerator')}
          </button>
        </>
      )}
    </p>
  );
}
