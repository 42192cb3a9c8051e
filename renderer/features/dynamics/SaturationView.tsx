import { groupLabel } from '../../../shared/analysis/perspectives.ts';
import { useMemo, useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { saturation } from '../../../shared/dynamics/interaction.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useWidth } from '../compare/useWidth.ts';
import { Explain, useLang } from './Explain.tsx';
import { groupAxis, groupAxisLabel, RIGHT_MARGIN, Y_AXIS_WIDTH } from './saturationAxis.ts';

const AXIS = { fontSize: 12, fill: '#3d434a' };

/** New and cumulative distinct codes per successive group: when the line flattens, no new themes appear. */
export function SaturationView({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLElement>(null);
  const width = useWidth(ref);
  const points = useMemo(() => saturation(data), [data]);
  const codes = new Map(data.codes.map((c) => [c.id, c]));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const chart = points.map((p, i) => {
    const doc = documents.get(p.documentId) ?? { name: p.name, attributes: {} };
    return {
      group: groupAxisLabel(i + 1, doc, lang),
      full: `${i + 1}. ${groupLabel(doc, lang)}`,
      cumulative: p.cumulative,
      added: p.newCodes.length,
    };
  });
  const coded = data.codings.length > 0;
  const chartWidth = Math.max(320, width - 48);
  // With 70 groups the labels stand upright, each group's name first; only in a narrow window are they thinned
  // out so that none overlap (the table lists all).
  const axis = groupAxis(
    chart.map((c) => c.group),
    chartWidth,
  );

  return (
    <section ref={ref} className="card saturation-view" aria-label={t('dynamics.tab.saturation')}>
      <h3>{t('dynamics.tab.saturation')}</h3>
      <Explain measure="saturation" />
      <p className="small muted">{t('dynamics.saturation.order')}</p>
      {!coded ? (
        <p className="muted">{t('dynamics.saturation.none')}</p>
      ) : (
        <div className="chart-area" data-chart="saturation">
          <LineChart
            width={chartWidth}
            height={250 + axis.height}
            data={chart}
            margin={{ top: 12, right: RIGHT_MARGIN, left: axis.left, bottom: 10 }}
          >
            <CartesianGrid stroke="#e6e4df" />
            <XAxis
              dataKey="group"
              tick={AXIS}
              angle={axis.angle}
              textAnchor="end"
              interval={axis.interval}
              height={axis.height}
            />
            <YAxis
              width={Y_AXIS_WIDTH}
              allowDecimals={false}
              tick={AXIS}
              tickFormatter={(v: number) => formatNumber(v, lang)}
            />
            <Tooltip
              formatter={(v) => formatNumber(Number(v), lang)}
              labelFormatter={(label, payload) => String(payload[0]?.payload?.full ?? label)}
            />
            <Legend verticalAlign="top" />
            <Line
              type="linear"
              dataKey="cumulative"
              name={t('dynamics.saturation.cumulative')}
              stroke="#1f5f8b"
              strokeWidth={2.5}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="added"
              name={t('dynamics.saturation.added')}
              stroke="#d35400"
              strokeDasharray="5 4"
              isAnimationActive={false}
            />
          </LineChart>
        </div>
      )}
      {coded && (
        <table className="saturation-table">
          <thead>
            <tr>
              <th>{t('dynamics.group')}</th>
              <th className="num">{t('dynamics.saturation.added')}</th>
              <th className="num">{t('dynamics.saturation.cumulative')}</th>
              <th>{t('dynamics.saturation.which')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.documentId}>
                <td>{chart[i]!.full}</td>
                <td className="num">{formatNumber(p.newCodes.length, lang)}</td>
                <td className="num">{formatNumber(p.cumulative, lang)}</td>
                <td className="small">{p.newCodes.map((id) => codes.get(id)?.name ?? id).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
