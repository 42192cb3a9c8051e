import { heatColor } from '../../../shared/analysis/charts.ts';
import type { TransitionMatrix } from '../../../shared/dynamics/turnTaking.ts';
import type { Speaker } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useLang } from './Explain.tsx';
import { speakerName } from './route.ts';

const HEAT = '#1f5f8b';

/** Who-follows-whom as a grid: rows speak first, columns right after; darker = more often. */
export function TransitionHeatmap({ matrix, speakers }: { matrix: TransitionMatrix; speakers: Speaker[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ordered = [...speakers].sort(
    (a, b) => Number(a.role !== 'moderator') - Number(b.role !== 'moderator'),
  );
  const max = Math.max(1, ...Object.values(matrix).flatMap((row) => Object.values(row)));
  return (
    <div className="heatmap-scroll">
      <table className="transition-heatmap" aria-label={t('dynamics.transitions')}>
        <thead>
          <tr>
            <th className="corner">{t('dynamics.transitions.corner')}</th>
            {ordered.map((s) => (
              <th key={s.id} scope="col" className="heat-col">
                <span>{speakerName(s)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((from) => (
            <tr key={from.id}>
              <th scope="row">{speakerName(from)}</th>
              {ordered.map((to) => {
                const n = matrix[from.label]?.[to.label] ?? 0;
                const dark = n / max > 0.55;
                return (
                  <td
                    key={to.id}
                    className="heat"
                    style={{
                      background: n === 0 ? undefined : heatColor(n / max, HEAT),
                      color: dark ? '#fff' : undefined,
                    }}
                    title={t('dynamics.transitions.cell', {
                      from: speakerName(from),
                      to: speakerName(to),
                      count: n,
                    })}
                  >
                    {n === 0 ? '' : formatNumber(n, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
