import { useMemo, useRef, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { codeTreeRows } from '../../../shared/analysis/codeTree.ts';
import { visibleCrosstabRows } from '../../../shared/analysis/crosstab.ts';
import { crosstabDrill } from '../../../shared/analysis/drill.ts';
import { useTranslation } from '../../i18n/index.ts';
import { GroupedBars, StackedBars } from './BarCharts.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { saveChart } from './chartExport.ts';
import type { ChartScope } from './chartScope.ts';
import type { CrosstabSettings } from './CrosstabControls.tsx';
import type { DrillRequest } from './drillTypes.ts';
import { Heatmap } from './Heatmap.tsx';
import { RadarProfile } from './RadarProfile.tsx';
import { ThemePicker } from './ThemePicker.tsx';
import { defaultThemeIds, templateVisionId } from './themes.ts';
import { formatMeasure, useLang } from './useAnalysis.ts';
import { CHART_KINDS, useChartModel, type ChartKind } from './useChartModel.ts';
import { useWidth } from './useWidth.ts';

type Props = {
  index: AnalysisIndex;
  settings: CrosstabSettings;
  byLabel: string;
  onOpen: (request: DrillRequest) => void;
  onStatus: (text: string) => void;
};

/** The charts of the crosstab: a choice of chart and codes, legend toggles, drill-down and export. */
export function ChartPanel({ index, settings, byLabel, onOpen, onStatus }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [kind, setKind] = useState<ChartKind>('grouped');
  const parents = useMemo(() => codeTreeRows(index.project.codes).filter((r) => r.hasChildren), [index]);
  const vision = templateVisionId();
  const [scope, setScope] = useState<ChartScope>(() =>
    parents.some((p) => p.codeId === vision) ? vision! : '',
  );
  const foundThemes = useMemo(() => defaultThemeIds(index), [index]);
  const [chosenThemes, setThemes] = useState<string[] | null>(null);
  const themeIds = chosenThemes ?? foundThemes;
  const model = useChartModel(index, settings, kind, scope, themeIds, lang);
  // Hidden series belong to one set of series: other columns or codes show everything again.
  const signature = model.series.map((s) => `${s.dataKey}=${s.label}`).join('\n');
  const [hiddenState, setHiddenState] = useState({ signature, keys: new Set<string>() });
  const hidden: ReadonlySet<string> = hiddenState.signature === signature ? hiddenState.keys : new Set();
  const setHidden = (keys: Set<string>) => setHiddenState({ signature, keys });
  const area = useRef<HTMLDivElement>(null);
  const width = useWidth(area);

  const choose = (next: ChartKind) => {
    setKind(next);
    setHidden(new Set());
  };
  const toggle = (key: string) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setHidden(next);
  };
  const { table } = model;
  const open = (row: number, column: number) => {
    const r = table.rows[row];
    const c = table.columns[column];
    if (!r || !c) return;
    onOpen({
      title: t('compare.drill.title', { row: r.name, column: c.label }),
      ...crosstabDrill(table, row, column),
    });
  };
  const cellLabel = (row: number, column: number): string => {
    const value = table.cells[row]?.[column] ?? 0;
    return t('compare.table.open', {
      value: formatMeasure(value, table.measure, lang),
      row: table.rows[row]?.name ?? '',
      column: table.columns[column]?.label ?? '',
    });
  };
  const title =
    kind === 'radar'
      ? t('compare.chart.radar.title')
      : `${t(`analysis.measure.${settings.measure}`)} × ${byLabel}`;
  const legend = model.series
    .filter((s) => !hidden.has(s.dataKey))
    .map((s) => ({ label: s.label, color: s.color }));
  const exportAs = async (format: 'png' | 'svg') => {
    if (!area.current) return;
    try {
      const result = await saveChart(area.current, format, title, kind === 'heatmap' ? [] : legend);
      if (result.saved) onStatus(t('compare.export.saved', { name: result.name }));
    } catch (error) {
      onStatus(
        t('compare.export.failed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  const heatmapRows = visibleCrosstabRows(table, settings.hideEmpty);
  const empty =
    kind === 'heatmap' ? heatmapRows.length === 0 : model.bars.data.length === 0 || model.series.length === 0;

  return (
    <section className="chart-panel card" aria-label={t('compare.chart')}>
      <div className="chart-toolbar">
        <div className="segmented" role="group" aria-label={t('compare.chart')}>
          {CHART_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={k === kind}
              className={k === kind ? 'active' : ''}
              onClick={() => choose(k)}
            >
              {t(`compare.chart.${k}`)}
            </button>
          ))}
        </div>
        {kind !== 'radar' && parents.length > 0 && (
          <label className="inline">
            <span>{t('compare.scope')}</span>
            <select value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value="">{t('compare.scope.all')}</option>
              {parents.map((p) => (
                <option key={p.codeId} value={p.codeId}>
                  {t('compare.scope.children', { code: p.name })}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="export-group" role="group" aria-label={t('compare.export.chart')}>
          <span className="muted">{t('compare.export.chart')}</span>
          <button type="button" onClick={() => void exportAs('png')} disabled={empty}>
            {t('compare.export.png')}
          </button>
          <button type="button" onClick={() => void exportAs('svg')} disabled={empty}>
            {t('compare.export.svg')}
          </button>
        </div>
      </div>
      <p className="chart-help muted">
        {t(`compare.chart.${kind}.help`)} {kind !== 'radar' && t('compare.chart.clickHint')}
      </p>
      {kind === 'radar' && (
        <ThemePicker index={index} chosen={themeIds} found={foundThemes.length >= 3} onChange={setThemes} />
      )}
      <ChartLegend series={model.series} hidden={hidden} onToggle={toggle} />
      <div className={kind === 'radar' ? 'chart-area centred' : 'chart-area'} ref={area} data-testid="chart">
        {empty ? (
          <p className="muted">{t('compare.chart.empty')}</p>
        ) : kind === 'grouped' ? (
          <GroupedBars
            chart={model.bars}
            hidden={hidden}
            measure={settings.measure}
            width={width}
            onBar={(d, s) => open(Number(model.bars.data[d]?.rowIndex), s)}
            barLabel={(d, s) => cellLabel(Number(model.bars.data[d]?.rowIndex), s.index)}
          />
        ) : kind === 'stacked' ? (
          <StackedBars
            chart={model.bars}
            hidden={hidden}
            measure={settings.measure}
            width={width}
            onBar={(d, s) => open(s, d)}
            barLabel={(d, s) => cellLabel(s.index, d)}
          />
        ) : kind === 'heatmap' ? (
          <Heatmap table={table} rows={heatmapRows} hidden={hidden} onCell={open} />
        ) : (
          <RadarProfile chart={model.bars} hidden={hidden} width={width} />
        )}
      </div>
    </section>
  );
}
