import { useState } from 'react';
import type { ProjectImport } from '../../../shared/exchange/projectRead.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatNumber, useTranslation } from '../../i18n/index.ts';

/**
 * What a project file holds and what could not be brought in, before anything is stored; confirming creates a
 * new project under the chosen name.
 */
export function ImportReportDialog({
  fileName,
  result,
  suggestedName,
  onClose,
  onConfirm,
}: {
  fileName: string;
  result: ProjectImport;
  /** The file's project name, made unique among the existing projects. */
  suggestedName: string;
  onClose: () => void;
  onConfirm: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { project, report } = result;
  const [name, setName] = useState(suggestedName);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Dialog
      title={t('export.reportTitle', { file: fileName })}
      onClose={onClose}
      wide={report.length > 0}
      confirm={{
        label: t('export.reportConfirm'),
        disabled: !name.trim(),
        onConfirm: () => onConfirm(name.trim()),
      }}
    >
      <p>
        {t('export.reportSummary', {
          documents: n(project.documents.length),
          codes: n(project.codes.length),
          codings: n(project.codings.length),
          speakers: n(project.speakers.length),
          memos: n(project.memos.length),
        })}
      </p>
      {report.length === 0 ? (
        <p className="report-clean">{t('export.reportClean')}</p>
      ) : (
        <div className="import-report">
          <p>{t('export.reportIssues', { count: report.length, n: n(report.length) })}</p>
          <ul>
            {report.map((warning, i) => (
              <li key={i}>{t(warning.key, warning.params ?? {})}</li>
            ))}
          </ul>
        </div>
      )}
      <label>
        <span>{t('export.reportName')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}
