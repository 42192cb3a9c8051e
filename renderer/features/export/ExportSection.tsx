import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useCodes, useCodingCounts } from '../../db/codes.ts';
import { useProjectName } from '../../db/projects.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { BackupsCard } from './BackupsCard.tsx';
import { BrowserBackupCard, ExportReminderBanner } from './BrowserBackup.tsx';
import {
  CODEBOOK_FORMATS,
  PROJECT_FORMAT,
  SEGMENT_FORMATS,
  type ExportFormat,
  type ExportOptions,
} from './formats.ts';
import { ExchangeProgressDialog, ProjectImportDialogs } from './ProjectImportDialogs.tsx';
import { ReportCard } from './ReportCard.tsx';
import { useExport } from './useExport.ts';
import { useProjectImport } from './useProjectImport.ts';

/** Export the codebook, the coded segments and the whole project; import projects; backups. */
export function ExportSection({ toast }: { toast: (text: string) => void }) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const projectName = useProjectName(session.id) ?? '';
  const codes = useCodes(session.db);
  const counts = useCodingCounts(session.db);
  const [error, setError] = useState<string | null>(null);
  const exporter = useExport(toast, setError);
  const importer = useProjectImport(toast, setError);

  const recordings = useLiveQuery(() => session.db.recordings.toArray(), [session.db]) ?? [];
  const [withRecordings, setWithRecordings] = useState(false);
  const recordingBytes = recordings.reduce((sum, r) => sum + r.size, 0);
  const codeCount = codes?.length ?? 0;
  const codingCount = [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);
  const button = (
    format: ExportFormat,
    disabledReason: string | null,
    primary = false,
    options: ExportOptions = {},
  ) => {
    const key = `${format.kind}.${format.format}`;
    const hint = i18n.exists(`export.formatHint.${format.format}`)
      ? t(`export.formatHint.${format.format}`)
      : '';
    return (
      <button
        key={key}
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={exporter.busy !== null || disabledReason !== null}
        aria-busy={exporter.busy === key}
        title={disabledReason ?? hint}
        onClick={() =>
          void exporter.run(format, { ...options, recordings: format.kind === 'project' && withRecordings })
        }
      >
        {t(`export.format.${format.format}`)}
      </button>
    );
  };

  return (
    <div className="section export">
      <header className="section-header">
        <h2>{t('export.title')}</h2>
      </header>
      {error && (
        <div className="banner banner-error" role="alert">
          <span>{error}</span>
          <button type="button" className="link" onClick={() => setError(null)}>
            {t('app.close')}
          </button>
        </div>
      )}
      <ExportReminderBanner />
      <div className="export-grid">
        <div className="export-column">
          <section className="card export-card" aria-labelledby="export-codebook">
            <h3 id="export-codebook">{t('export.codebookTitle')}</h3>
            <p className="muted">
              {t('export.codebookBody', { count: codeCount, n: formatNumber(codeCount, lang) })}
            </p>
            <div className="export-buttons">
              {CODEBOOK_FORMATS.map((f, i) =>
                button(f, codeCount === 0 ? t('export.noCodes') : null, i === 0),
              )}
            </div>
          </section>
          <section className="card export-card" aria-labelledby="export-segments">
            <h3 id="export-segments">{t('export.segmentsTitle')}</h3>
            <p className="muted">
              {t('export.segmentsBody', { count: codingCount, n: formatNumber(codingCount, lang) })}
            </p>
            <div className="export-buttons">
              {SEGMENT_FORMATS.map((f) => button(f, codingCount === 0 ? t('export.noCodings') : null))}
            </div>
          </section>
          <ReportCard codes={codes ?? []} codingCount={codingCount} button={button} />
          <section className="card export-card" aria-labelledby="export-project">
            <h3 id="export-project">{t('export.projectTitle')}</h3>
            <p className="muted">{t('export.projectBody')}</p>
            {recordings.length > 0 && (
              <label className="export-option">
                <input
                  type="checkbox"
                  checked={withRecordings}
                  onChange={(event) => setWithRecordings(event.target.checked)}
                />
                {t('export.includeRecordings', {
                  count: recordings.length,
                  n: formatNumber(recordings.length, lang),
                  size: formatNumber(Math.ceil(recordingBytes / 1024 / 1024), lang),
                })}
              </label>
            )}
            <div className="export-buttons">{button(PROJECT_FORMAT, null, true)}</div>
            <h4>{t('export.importTitle')}</h4>
            <p className="muted">{t('export.importBody')}</p>
            <div className="export-buttons">
              <button type="button" onClick={() => void importer.choose()}>
                {t('export.importButton')}
              </button>
            </div>
          </section>
        </div>
        <div className="export-column">
          {platform.backups ? (
            <BackupsCard projectName={projectName} toast={toast} onError={setError} />
          ) : (
            <BrowserBackupCard
              busy={exporter.busy !== null}
              onExport={() => void exporter.run(PROJECT_FORMAT)}
            />
          )}
        </div>
      </div>
      <ProjectImportDialogs importer={importer} />
      {exporter.writing && (
        <ExchangeProgressDialog
          title={t('export.writing')}
          progress={exporter.writing}
          onStop={exporter.stop}
        />
      )}
    </div>
  );
}
