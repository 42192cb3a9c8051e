import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ChartSeries } from '../../../shared/analysis/charts.ts';
import type { GroupedBarData } from '../../../shared/analysis/charts.ts';
import type { Measure } from '../../../shared/analysis/crosstab.ts';
import { shortLabel } from '../../../shared/analysis/shortLabel.ts';
import { formatNumber } from '../../i18n/index.ts';
import { formatMeasure, useLang } from './useAnalysis.ts';

const AXIS = { fontSize: 12, fill: '#3d434a' };
const LABEL_WIDTH = 190;

type Props = {
  chart: GroupedBarData;
  hidden: ReadonlySet<string>;
  measure: Measure;
  width: number;
  /** Opens the quotes behind a bar: the datum's index and the series' index. */
  onBar: (dataIndex: number, seriesIndex: number) => void;
  /** The accessible name of a bar ("7 — open de citaten bij Taal × ouders"). */
  barLabel: (dataIndex: number, series: ChartSeries) => string;
};

/** Draws a bar as recharts does, with a name for assistive technology (and tests); a name needs a role. */
function namedBar(series: ChartSeries, barLabel: Props['barLabel']) {
  function NamedBar(props: BarShapeProps) {
    return <Rectangle {...props} role="img" aria-label={barLabel(props.index, series)} />;
  }
  return NamedBar;
}

/** Shortens long code names on the axis, keeping the end that tells sub-codes apart; the tooltip has all. */
function shorten(text: string): string {
  return shortLabel(text, 28);
}

/** Grouped horizontal bars: one group per code, one bar per column. */
export function GroupedBars({ chart, hidden, measure, width, onBar, barLabel }: Props) {
  const lang = useLang();
  const visible = chart.series.filter((s) => !hidden.has(s.dataKey));
  const height = Math.max(160, chart.data.length * (Math.max(1, visible.length) * 11 + 22) + 50);
  return (
    <BarChart
      data={chart.data}
      layout="vertical"
      width={width}
      height={height}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      barCategoryGap={10}
      barGap={1}
    >
      <CartesianGrid horizontal={false} stroke="#e4e1da" />
      <XAxis
        type="number"
        allowDecimals={measure !== 'codings' && measure !== 'documents' && measure !== 'speakers'}
        tick={AXIS}
        tickFormatter={(v: number) =>
          formatNumber(
            v,
            lang,
            measure === 'codings' || measure === 'documents' || measure === 'speakers' ? 0 : 1,
          )
        }
      />
      <YAxis
        type="category"
        dataKey="name"
        width={LABEL_WIDTH}
        tick={AXIS}
        tickFormatter={shorten}
        interval={0}
      />
      <Tooltip
        formatter={(value) => formatMeasure(Number(value), measure, lang)}
        cursor={{ fill: 'rgba(31,95,139,0.06)' }}
      />
      {visible.map((s) => (
        <Bar
          key={s.dataKey}
          dataKey={s.dataKey}
          name={s.label}
          fill={s.color}
          isAnimationActive={false}
          cursor="pointer"
          shape={namedBar(s, barLabel)}
          onClick={(_, dataIndex) => onBar(dataIndex, s.index)}
        />
      ))}
    </BarChart>
  );
}

/** 100 % stacked horizontal bars: one bar per column, stacked by code. */
export function StackedBars({ chart, hidden, measure, width, onBar, barLabel }: Props) {
  const lang = useLang();
  const visible = chart.series.filter((s) => !hidden.has(s.dataKey));
  const height = Math.max(160, chart.data.length * 36 + 50);
  return (
    <BarChart
      data={chart.data}
      layout="vertical"
      width={width}
      height={height}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      stackOffset="expand"
    >
      <CartesianGrid horizontal={false} stroke="#e4e1da" />
      <XAxis type="number" tick={AXIS} tickFormatter={(v: number) => `${formatNumber(v * 100, lang, 0)}%`} />
      <YAxis
        type="category"
        dataKey="name"
        width={LABEL_WIDTH}
        tick={AXIS}
        tickFormatter={shorten}
        interval={0}
      />
      <Tooltip
        formatter={(value, _name, item) => {
          const key = String(item.dataKey ?? '').replace(/^r/, 'n');
          const raw = Number((item.payload as Record<string, number>)[key] ?? 0);
          return `${formatNumber(Number(value), lang, 1)}% (${formatMeasure(raw, measure, lang)})`;
        }}
        cursor={{ fill: 'rgba(31,95,139,0.06)' }}
      />
      {visible.map((s) => (
        <Bar
          key={s.dataKey}
          dataKey={s.dataKey}
          name={s.label}
          fill={s.color}
          stackId="share"
          isAnimationActive={false}
          cursor="pointer"
          shape={namedBar(s, barLabel)}
          onClick={(_, dataIndex) => onBar(dataIndex, s.index)}
        />
      ))}
    </BarChart>
  );
}
