import { useState } from 'react';
import { createProjectFrom } from '../../db/exchange.ts';
import { formatDateTime, formatNumber, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { navigate } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { readProjectInWorker } from '../../workers/qdpxClient.ts';
import { makeBackup, useBackupList } from './useBackups.ts';

type Notify = { toast: (text: string) => void; onError: (text: string) => void };

/** A file size in kB or MB, in the user's number format. */
export function useFileSize() {
  const { t, i18n } = useTranslation();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('export.size.mb', { n: formatNumber(bytes / (1024 * 1024), i18n.language, 1) })
      : t('export.size.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1024)), i18n.language) });
}

/** Electron only: this project's automatic backups, a backup on demand, and restore as a new project. */
export function BackupsCard({ projectName, toast, onError }: { projectName: string } & Notify) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { backups, refresh } = useBackupList(session.id);
  const [busy, setBusy] = useState(false);
  const size = useFileSize();

  const backupNow = async () => {
    setBusy(true);
    try {
      const info = await makeBackup(session, lang);
      if (info) toast(t('export.backupMade', { size: size(info.size) }));
      refresh();
    } catch (error) {
      onError(t('export.backupFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (id: string, createdAt: string) => {
    if (!platform.backups) return;
    const read = await readProjectInWorker('backup.qdpx', await platform.backups.read(id));
    if (!read.ok) {
      onError(t(read.reason, read.params ?? {}));
      return;
    }
    const name = t('export.restoredName', {
      name: projectName,
      date: formatDateTime(createdAt, i18n.language),
    });
    const projectId = await createProjectFrom(name, { ...read.data.project, name });
    toast(t('export.restored', { name }));
    navigate({ screen: 'project', projectId, section: 'documents' });
  };

  return (
    <section className="card export-card export-backups" aria-labelledby="backups-title">
      <h3 id="backups-title">{t('export.backupsTitle')}</h3>
      <p className="muted">{t('export.backupsBody')}</p>
      <div className="export-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void backupNow()}>
          {t('export.backupNow')}
        </button>
      </div>
      {backups && backups.length === 0 && <p className="muted">{t('export.backupsEmpty')}</p>}
      {backups && backups.length > 0 && (
        <table className="backup-table">
          <thead>
            <tr>
              <th>{t('export.backupDate')}</th>
              <th className="num">{t('export.backupSize')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => {
              const date = formatDateTime(b.createdAt, i18n.language);
              return (
                <tr key={b.id}>
                  <td>{date}</td>
                  <td className="num">{size(b.size)}</td>
                  <td className="num">
                    <button
                      type="button"
                      aria-label={t('export.restoreLabel', { date })}
                      onClick={() => void restore(b.id, b.createdAt)}
                    >
                      {t('export.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
