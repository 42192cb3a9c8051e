import { memo, useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { heatColor } from '../../../shared/analysis/charts.ts';
import { cooccurrence, type CooccurrenceMode } from '../../../shared/analysis/cooccurrence.ts';
import { cooccurrenceDrill } from '../../../shared/analysis/drill.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { SCALE_COLOR, type DrillRequest } from './drillTypes.ts';
import { useLang } from './useAnalysis.ts';
import { ModeratorCheck } from './ModeratorCheck.tsx';

const MODES: readonly CooccurrenceMode[] = ['overlap', 'turn'];

type Props = { index: AnalysisIndex; onOpen: (request: DrillRequest) => void };

/** Code × code matrix of how often two codes occur together; a number opens the pairs behind it. */
export const CooccurrenceView = memo(function CooccurrenceView({ index, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [includeModerator, setIncludeModerator] = useState(false);
  const result = useMemo(
    () => cooccurrence(index, { mode, includeModerator }),
    [index, mode, includeModerator],
  );
  // Codes that never co-occur would only add empty rows and columns.
  const shown = result.codes
    .map((code, i) => ({ code, i }))
    .filter(({ i }) => result.counts[i]!.some((n) => n > 0));
  const max = Math.max(1, ...result.counts.flat());

  return (
    <div className="cooccurrence">
      <div className="compare-controls">
        <fieldset className="radio-row">
          <legend>{t('compare.co.mode')}</legend>
          {MODES.map((m) => (
            <label key={m} className="check">
              <input type="radio" name="co-mode" checked={m === mode} onChange={() => setMode(m)} />
              {t(`analysis.cooccurrence.${m}`)}
            </label>
          ))}
        </fieldset>
        <ModeratorCheck checked={includeModerator} onChange={setIncludeModerator} />
        <p className="measure-help">{t(`analysis.cooccurrence.${mode}.help`)}</p>
      </div>
      <section className="card table-card">
        {shown.length === 0 ? (
          <p className="muted">{t('compare.co.none')}</p>
        ) : (
          <div className="crosstab-scroll">
            <table className="crosstab co-matrix" data-testid="cooccurrence">
              <caption className="sr-only">{t('compare.co.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.row.code')}</th>
                  {shown.map(({ code }) => (
                    <th key={code.codeId} scope="col" className="vertical" title={code.path}>
                      <span>{code.name}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map(({ code: row, i: r }) => (
                  <tr key={row.codeId}>
                    <th scope="row" className="code-name" title={row.path}>
                      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                      {row.name}
                    </th>
                    {shown.map(({ code: column, i: c }) => {
                      if (r === c)
                        return <td key={column.codeId} className="num diagonal" aria-hidden="true" />;
                      const value = result.counts[r]![c]!;
                      const intensity = value / max;
                      const text = formatNumber(value, lang);
                      return (
                        <td
                          key={column.codeId}
                          className="num"
                          style={{
                            background: heatColor(intensity, SCALE_COLOR),
                            color: intensity > 0.55 ? '#fff' : undefined,
                          }}
                        >
                          <button
                            type="button"
                            className="cell-button"
                            disabled={value === 0}
                            aria-label={t(mode === 'turn' ? 'compare.co.openTurns' : 'compare.co.open', {
                              value: text,
                              row: row.name,
                              column: column.name,
                            })}
                            onClick={() =>
                              onOpen({
                                title: t('compare.co.pairs', { row: row.name, column: column.name }),
                                ...cooccurrenceDrill(result, r, c),
                              })
                            }
                          >
                            {text}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
});
