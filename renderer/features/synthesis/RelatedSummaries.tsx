import type { Summary } from '../../../shared/model.ts';
import { useTranslation } from '../../i18n/index.ts';
import { CitedText, type ViewCitation } from './CitedText.tsx';

type Item = { key: string; label: string; color?: string; summary: Summary | undefined };

/** The cell summaries of a row or column, read-only, beside its synthesis or profile. */
export function RelatedSummaries({ items, view }: { items: Item[]; view: ViewCitation }) {
  const { t } = useTranslation();
  return (
    <div className="related-summaries">
      <h4>{t('synthesis.cellSummaries')}</h4>
      <dl>
        {items.map((item) => (
          <div key={item.key}>
            <dt>
              {item.color && <span className="swatch" style={{ backgroundColor: item.color }} />}
              {item.label}
            </dt>
            <dd>
              {item.summary && item.summary.kind !== 'synthesis' && item.summary.text.trim() ? (
                <CitedText text={item.summary.text} citations={item.summary.citations} view={view} />
              ) : (
                <span className="muted">{t('synthesis.none')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
