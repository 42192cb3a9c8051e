import { useMemo, useState, type ReactNode } from 'react';
import type { Code } from '../../../shared/model.ts';
import { DEFAULT_VIEW, type SynthesisView } from '../../../shared/synthesis/view.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { GridControls, useColumnLabel } from '../synthesis/GridControls.tsx';
import { checkedView, useColumnChoices, useSynthesisView } from '../synthesis/useSynthesisView.ts';
import { REPORT_FORMATS, type ExportFormat, type ExportOptions } from './formats.ts';

type Props = {
  codes: readonly Code[];
  codingCount: number;
  /** An export button of the Export screen. */
  button: (
    format: ExportFormat,
    disabledReason: string | null,
    primary: boolean,
    options: ExportOptions,
  ) => ReactNode;
};

/**
 * The report from Samenvatten: its rows (a code subtree) and columns (Compare's choices), starting from the grid's
 * view of this project; a choice here is for the report only and leaves the grid as it is.
 */
export function ReportCard({ codes, codingCount, button }: Props) {
  const session = useProject();
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  const choices = useColumnChoices(session.db);
  const [gridView] = useSynthesisView(session.db, codes, choices);
  const [chosen, setChosen] = useState<SynthesisView | null>(null);
  const [charts, setCharts] = useState(false);
  // The choice made here, checked again against codes and columns that may have changed since.
  const view = useMemo(
    () => (chosen && choices ? checkedView(chosen, codes, choices) : (gridView ?? DEFAULT_VIEW)),
    [chosen, gridView, codes, choices],
  );

  return (
    <section className="card export-card" aria-labelledby="export-synthesis">
      <h3 id="export-synthesis">{t('export.synthesisTitle')}</h3>
      <p className="muted">{t('export.synthesisBody')}</p>
      {choices && (
        <div className="export-report-view">
          <GridControls
            rows={view.rows}
            by={view.by}
            codes={codes}
            choices={choices}
            onRows={(rows) => setChosen({ ...view, rows })}
            onBy={(by) => setChosen({ ...view, by })}
          />
          <p className="muted small">{t('export.reportView')}</p>
        </div>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={charts} onChange={(e) => setCharts(e.target.checked)} />{' '}
        {t('export.reportCharts', { by: columnLabel(view.by).toLowerCase() })}
      </label>
      <div className="export-buttons">
        {REPORT_FORMATS.map((f, i) =>
          button(f, codingCount === 0 ? t('export.noSummaries') : null, i === 0, { charts, view }),
        )}
      </div>
    </section>
  );
}
