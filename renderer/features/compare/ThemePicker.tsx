import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { codeTreeRows } from '../../../shared/analysis/codeTree.ts';
import { useTranslation } from '../../i18n/index.ts';

type Props = { index: AnalysisIndex; chosen: string[]; found: boolean; onChange: (ids: string[]) => void };

/** Lets the user choose the radar's axes when the template's themes are missing, or change them. */
export function ThemePicker({ index, chosen, found, onChange }: Props) {
  const { t } = useTranslation();
  const rows = useMemo(() => codeTreeRows(index.project.codes), [index]);
  const selected = new Set(chosen);
  return (
    <details className="theme-picker" open={!found}>
      <summary>{t('compare.radar.choose')}</summary>
      {!found && <p className="muted">{t('compare.radar.noThemes')}</p>}
      <fieldset>
        <legend className="sr-only">{t('compare.radar.themes')}</legend>
        {rows.map((row) => (
          <label key={row.codeId} className="check" style={{ paddingLeft: `${row.depth * 1}rem` }}>
            <input
              type="checkbox"
              checked={selected.has(row.codeId)}
              onChange={(e) =>
                onChange(
                  rows
                    .map((r) => r.codeId)
                    .filter((id) => (id === row.codeId ? e.target.checked : selected.has(id))),
                )
              }
            />
            {row.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
