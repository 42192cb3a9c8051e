import { EmptyState } from '../../components/EmptyState.tsx';
import { useTranslation } from '../../i18n/index.ts';

/** Export the codebook, the coded segments and the whole project. */
export function ExportSection(_props: { toast: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="section">
      <EmptyState title={t('export.emptyTitle')} body={t('export.emptyBody')} />
    </div>
  );
}
