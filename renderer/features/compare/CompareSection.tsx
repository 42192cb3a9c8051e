import { EmptyState } from '../../components/EmptyState.tsx';
import { useTranslation } from '../../i18n/index.ts';
import { navigate, type Route } from '../../router.ts';

type Props = { route: Extract<Route, { screen: 'project' }> };

/** Compare perspectives: crosstabs and charts over the codings. */
export function CompareSection({ route }: Props) {
  const { t } = useTranslation();
  return (
    <div className="section">
      <EmptyState title={t('compare.emptyTitle')} body={t('compare.emptyBody')}>
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ screen: 'project', projectId: route.projectId, section: 'documents' })}
        >
          {t('compare.toDocuments')}
        </button>
      </EmptyState>
    </div>
  );
}
