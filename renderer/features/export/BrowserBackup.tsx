import { useLastExport } from '../../db/exchange.ts';
import { useProjectEntry } from '../../db/projects.ts';
import { formatDateTime, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { needsExportReminder } from './reminder.ts';

/** Browser only: a small banner when the project has not been exported as .qdpx for a week. */
export function ExportReminderBanner() {
  const { id, db } = useProject();
  const { t } = useTranslation();
  const lastExport = useLastExport(db);
  const entry = useProjectEntry(id);
  if (platform.backups || lastExport === undefined || !entry) return null;
  if (!needsExportReminder(lastExport, entry.createdAt)) return null;
  return (
    <div className="banner banner-warning" role="status">
      {t('export.reminder')}
    </div>
  );
}

/** Browser only: says plainly that the work lives in this browser, with the .qdpx export at hand. */
export function BrowserBackupCard({ onExport, busy }: { onExport: () => void; busy: boolean }) {
  const { db } = useProject();
  const { t, i18n } = useTranslation();
  const lastExport = useLastExport(db);
  return (
    <section className="card export-card export-browser" aria-labelledby="browser-backup-title">
      <h3 id="browser-backup-title">{t('export.browserTitle')}</h3>
      <p>{t('export.browserBody')}</p>
      <p className="muted">
        {lastExport
          ? t('export.lastExport', { date: formatDateTime(lastExport, i18n.language) })
          : t('export.neverExported')}
      </p>
      <div className="export-buttons">
        <button type="button" className="primary" disabled={busy} onClick={onExport}>
          {t('export.format.qdpx')}
        </button>
      </div>
    </section>
  );
}
