import { memo, useMemo, useState, type ReactNode } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { crosstabToCsv } from '../../../shared/analysis/crosstabExport.ts';
import { useTranslation } from '../../i18n/index.ts';
import { usePainted } from '../../components/afterPaint.ts';
import { platform } from '../../platform/index.ts';
import { crosstabsOf, DEFAULT_CROSSTAB } from './analysisCache.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { fileSlug } from './chartExport.ts';
import { columnChoices } from './columnChoices.ts';
import { CrosstabControls, type CrosstabSettings } from './CrosstabControls.tsx';
import { CrosstabSummary } from './CrosstabSummary.tsx';
import { CrosstabTable } from './CrosstabTable.tsx';
import type { DrillRequest } from './drillTypes.ts';
import { useLang } from './useAnalysis.ts';

type Props = { index: AnalysisIndex; onOpen: (request: DrillRequest) => void };

const DEFAULT_SETTINGS: CrosstabSettings = { ...DEFAULT_CROSSTAB, hideEmpty: true };

/**
 * The crosstab with its controls, exports and charts. Memoised: opening or closing a drill-down (state of the
 * section around it) does not draw a study's table and charts again, which made a click on a number a long task.
 */
export const CrosstabView = memo(function CrosstabView({ index, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');
  const choices = useMemo(() => columnChoices(index.project), [index]);
  // Without roll-up, a code with sub-codes also shows its count with them (`rolled`: only those rows).
  const { table, rolled } = crosstabsOf(index, settings, lang);
  const byLabel =
    settings.by.kind === 'documentAttribute' || settings.by.kind === 'speakerAttribute'
      ? t('analysis.by.attribute', { name: settings.by.name })
      : t(`analysis.by.${settings.by.kind}`);
  const baseName = fileSlug(`${t('analysis.measure.' + settings.measure)}-${byLabel}`);

  const exportTable = async (format: 'csv' | 'xlsx') => {
    try {
      const bytes =
        format === 'csv'
          ? new TextEncoder().encode(crosstabToCsv(table, lang))
          : await (await import('../../../shared/analysis/crosstabXlsx.ts')).crosstabToXlsx(table, lang);
      const name = `${baseName}.${format}`;
      const saved = await platform.saveFile({
        suggestedName: name,
        bytes,
        mime:
          format === 'csv'
            ? 'text/csv;charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      if (saved) setStatus(t('compare.export.saved', { name }));
    } catch (error) {
      setStatus(
        t('compare.export.failed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return (
    <div className="crosstab-view">
      <CrosstabControls settings={settings} choices={choices} onChange={setSettings} />
      <section className="card table-card" aria-label={t('compare.tab.crosstab')}>
        <div className="table-toolbar">
          <CrosstabSummary
            table={table}
            codings={index.codingIds.length}
            documents={index.documents.length}
            onIncludeModerator={() => setSettings({ ...settings, includeModerator: true })}
          />
          <div className="export-group" role="group" aria-label={t('compare.export.table')}>
            <span className="muted">{t('compare.export.table')}</span>
            <button type="button" onClick={() => void exportTable('csv')}>
              {t('compare.export.csv')}
            </button>
            <button type="button" onClick={() => void exportTable('xlsx')}>
              {t('compare.export.xlsx')}
            </button>
          </div>
        </div>
        {table.skippedCodings > 0 && (
          <p className="muted small">{t('compare.skipped', { count: table.skippedCodings })}</p>
        )}
        <CrosstabTable
          table={table}
          rolled={rolled}
          byLabel={byLabel}
          onOpen={onOpen}
          hideEmpty={settings.hideEmpty}
        />
      </section>
      {/* The charts (below the table) follow it a frame later: on a study they take as long again to draw. */}
      <AfterFirstPaint
        placeholder={
          <section
            className="chart-panel card chart-pending"
            aria-label={t('compare.chart')}
            aria-busy="true"
          />
        }
      >
        <ChartPanel
          index={index}
          settings={settings}
          byLabel={byLabel}
          onOpen={onOpen}
          onStatus={setStatus}
        />
      </AfterFirstPaint>
      <p role="status" className="export-status muted">
        {status}
      </p>
    </div>
  );
});

/** `children` once the screen around them is on screen, `placeholder` until then; only this part re-renders. */
function AfterFirstPaint({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  return usePainted() ? children : placeholder;
}
