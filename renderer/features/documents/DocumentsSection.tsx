import { EmptyState } from '../../components/EmptyState.tsx';
import { useTranslation } from '../../i18n/index.ts';
import type { Route } from '../../router.ts';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** The project's transcripts: import, list, speakers, and the coding view of one document. */
export function DocumentsSection(_props: Props) {
  const { t } = useTranslation();
  return (
    <div className="section">
      <EmptyState title={t('documents.emptyTitle')} body={t('documents.emptyBody')} />
    </div>
  );
}
