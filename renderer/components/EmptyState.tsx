import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { navigate } from '../router.ts';

/** What an empty screen shows: what belongs here and the first action to take. */
export function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p>{body}</p>
      {children && <div className="empty-actions">{children}</div>}
    </section>
  );
}

/** The first action of most empty screens: import transcripts, in Documents. */
export function ToDocumentsButton({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="primary"
      onClick={() => navigate({ screen: 'project', projectId, section: 'documents' })}
    >
      {t('app.toDocuments')}
    </button>
  );
}
