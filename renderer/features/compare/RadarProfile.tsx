import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { GroupedBarData } from '../../../shared/analysis/charts.ts';
import { shortLabel } from '../../../shared/analysis/shortLabel.ts';
import { formatNumber } from '../../i18n/index.ts';
import { useLang } from './useAnalysis.ts';

type Props = { chart: GroupedBarData; hidden: ReadonlySet<string>; width: number };

function shorten(text: string): string {
  return shortLabel(text, 32);
}

/** One profile per perspective over the themes (coded words per 1,000 spoken words). */
export function RadarProfile({ chart, hidden, width }: Props) {
  const lang = useLang();
  const visible = chart.series.filter((s) => !hidden.has(s.dataKey));
  const size = Math.min(width, 760);
  return (
    <RadarChart data={chart.data} width={size} height={Math.round(size * 0.72)} outerRadius="72%">
      <PolarGrid stroke="#d6d2ca" />
      <PolarAngleAxis dataKey="name" tick={{ fontSize: 12, fill: '#1f2328' }} tickFormatter={shorten} />
      <PolarRadiusAxis
        angle={90}
        tick={{ fontSize: 10, fill: '#5d636b' }}
        tickFormatter={(v: number) => formatNumber(v, lang, 0)}
      />
      <Tooltip formatter={(value) => formatNumber(Number(value), lang, 1)} />
      {visible.map((s) => (
        <Radar
          key={s.dataKey}
          dataKey={s.dataKey}
          name={s.label}
          stroke={s.color}
          fill={s.color}
          fillOpacity={0.12}
          strokeWidth={2}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
