import { EmptyState } from '../../components/EmptyState.tsx';
import { useTranslation } from '../../i18n/index.ts';

/** The codebook: a tree of codes with definitions, criteria and live counts. */
export function CodebookSection(_props: { toast: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="section">
      <EmptyState title={t('codebook.emptyTitle')} body={t('codebook.emptyBody')} />
    </div>
  );
}
