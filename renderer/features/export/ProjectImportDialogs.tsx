import type { ExchangeProgress } from '../../../shared/exchange/progress.ts';
import { ProgressDialog } from '../../components/ProgressDialog.tsx';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { progressMessage, progressPercent } from './exchangeProgress.ts';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import type { useProjectImport } from './useProjectImport.ts';

/** Reading or writing a project file: its stage and percentage, and Stop. */
export function ExchangeProgressDialog({
  title,
  progress,
  onStop,
}: {
  title: string;
  progress: ExchangeProgress;
  onStop: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { key, params } = progressMessage(progress);
  const percent = progressPercent(progress);
  return (
    <ProgressDialog
      title={title}
      status={t('export.stageStatus', {
        stage: t(key, { done: formatNumber(params.done, lang), total: formatNumber(params.total, lang) }),
        percent: formatNumber(percent, lang),
      })}
      value={percent}
      max={100}
      onStop={onStop}
    />
  );
}

/**
 * What opening a project file shows, wherever it was chosen (the start screen or Export): the file being read, its
 * report to confirm, and the new project being stored.
 */
export function ProjectImportDialogs({ importer }: { importer: ReturnType<typeof useProjectImport> }) {
  const { t, i18n } = useTranslation();
  const { pending, reading, opening } = importer;
  return (
    <>
      {pending && (
        <ImportReportDialog
          fileName={pending.fileName}
          result={pending.result}
          suggestedName={pending.suggestedName}
          onClose={importer.cancel}
          onConfirm={(name, project) => void importer.confirm(name, project)}
        />
      )}
      {reading && (
        <ExchangeProgressDialog title={t('export.reading')} progress={reading} onStop={importer.stop} />
      )}
      {opening && (
        <ProgressDialog
          title={t('export.opening')}
          status={t('export.openingStatus', {
            percent: formatNumber(
              Math.floor((100 * opening.done) / Math.max(1, opening.total)),
              i18n.language,
            ),
          })}
          value={opening.done}
          max={opening.total}
          onStop={importer.stop}
        />
      )}
    </>
  );
}
