import { useState } from 'react';
import type { ProjectImport } from '../../../shared/exchange/projectRead.ts';
import { applySpeakerChoices, withoutDetectedSpeakers } from '../../../shared/exchange/speakerDetection.ts';
import type { SpeakerChoice } from '../../../shared/import/records.ts';
import type { Id, ProjectData } from '../../../shared/model.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatCount, formatNumber, useTranslation } from '../../i18n/index.ts';
import { SpeakerTable } from '../documents/import/SpeakerTable.tsx';

/**
 * What a project file holds, what could not be brought in and which speakers Koor had to recognise itself
 * (with the same speaker preview as transcript import), before anything is stored; confirming creates a new
 * project under the chosen name.
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
  onConfirm: (name: string, project: ProjectData) => void;
}) {
  const { t, i18n } = useTranslation();
  const { project, report, detected } = result;
  const [name, setName] = useState(suggestedName);
  const [useDetected, setUseDetected] = useState(true);
  const [edits, setEdits] = useState<Record<Id, Record<string, SpeakerChoice>>>({});
  const finalProject = (): ProjectData =>
    useDetected ? applySpeakerChoices(project, detected, edits) : withoutDetectedSpeakers(project, detected);
  const lang = i18n.language;
  return (
    <Dialog
      title={t('export.reportTitle', { file: fileName })}
      onClose={onClose}
      wide={report.length > 0 || detected.length > 0}
      confirm={{
        label: t('export.reportConfirm'),
        disabled: !name.trim(),
        onConfirm: () => onConfirm(name.trim(), finalProject()),
      }}
    >
      <p>
        {t('export.reportSummary', {
          documents: formatCount('documents', project.documents.length, lang),
          codes: formatCount('codes', project.codes.length, lang),
          codings: formatCount('codings', project.codings.length, lang),
          speakers: formatCount('speakers', project.speakers.length, lang),
          memos: formatCount('memos', project.memos.length, lang),
        })}
      </p>
      {(project.recordings?.length ?? 0) > 0 && (
        <p>
          {t('export.reportRecordings', {
            count: project.recordings!.length,
            n: formatNumber(project.recordings!.length, lang),
          })}
        </p>
      )}
      {report.length === 0 ? (
        <p className="report-clean">{t('export.reportClean')}</p>
      ) : (
        <div className="import-report">
          <p>{t('export.reportIssues', { count: report.length, n: formatNumber(report.length, lang) })}</p>
          <ul>
            {report.map((warning, i) => (
              <li key={i}>{t(warning.key, warning.params ?? {})}</li>
            ))}
          </ul>
          <p className="report-limit">{t('export.reportLimit')}</p>
        </div>
      )}
      {detected.length > 0 && (
        <section className="detected-speakers" aria-label={t('export.detectedTitle')}>
          <h3>{t('export.detectedTitle')}</h3>
          <p>{t('export.detectedBody')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={useDetected} onChange={(e) => setUseDetected(e.target.checked)} />
            <span>{t('export.detectedUse')}</span>
          </label>
          {useDetected &&
            detected.map((source) => (
              <div key={source.documentId} className="detected-source">
                <h4>{source.document}</h4>
                <SpeakerTable
                  parsed={source.parsed}
                  edits={edits[source.documentId] ?? {}}
                  onChange={(next) => setEdits({ ...edits, [source.documentId]: next })}
                />
              </div>
            ))}
        </section>
      )}
      <label>
        <span>{t('export.reportName')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}
