import type { ChartSeries } from '../../../shared/analysis/charts.ts';
import { useTranslation } from '../../i18n/index.ts';

type Props = { series: ChartSeries[]; hidden: ReadonlySet<string>; onToggle: (dataKey: string) => void };

/** The chart's legend; each entry is a toggle that hides or shows its series. */
export function ChartLegend({ series, hidden, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className="chart-legend"
      role="group"
      aria-label={t('compare.chart.legend')}
      title={t('compare.chart.legend')}
    >
      {series.map((s) => {
        const off = hidden.has(s.dataKey);
        return (
          <button
            key={s.dataKey}
            type="button"
            className={off ? 'legend-item off' : 'legend-item'}
            aria-pressed={!off}
            onClick={() => onToggle(s.dataKey)}
          >
            <span
              className="swatch"
              style={{ background: off ? 'transparent' : s.color, borderColor: s.color }}
              aria-hidden="true"
            />
            {s.label}
            {off && <span className="sr-only"> ({t('compare.chart.hidden')})</span>}
          </button>
        );
      })}
    </div>
  );
}
