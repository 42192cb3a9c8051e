import type { ColumnBy } from '../../../shared/analysis/columns.ts';
import type { Code } from '../../../shared/model.ts';
import { VISION_THEME_IDS, type RowChoice } from '../../../shared/synthesis/rows.ts';
import { useTranslation } from '../../i18n/index.ts';
import { columnValue, type ColumnChoice } from '../compare/columnChoices.ts';

type Props = {
  rows: RowChoice;
  by: ColumnBy;
  codes: readonly Code[];
  choices: ColumnChoice[];
  onRows: (rows: RowChoice) => void;
  onBy: (by: ColumnBy) => void;
};

/** The label of a column choice, as Compare names it. */
export function useColumnLabel(): (by: ColumnBy) => string {
  const { t } = useTranslation();
  return (by) =>
    by.kind === 'documentAttribute' || by.kind === 'speakerAttribute'
      ? t('analysis.by.attribute', { name: by.name })
      : t(`analysis.by.${by.kind}`);
}

const rowValue = (rows: RowChoice) => (rows.kind === 'subtree' ? `subtree:${rows.codeId}` : rows.kind);

/** Rows (a code subtree) and columns (Compare's choices) of the summary grid. */
export function GridControls({ rows, by, codes, choices, onRows, onBy }: Props) {
  const { t } = useTranslation();
  const label = useColumnLabel();
  const parents = codes.filter((code) => codes.some((c) => c.parentId === code.id));
  // The default rows: the vision's themes, or the top-level codes where the project has no vision themes.
  const hasVision = codes.some((c) => VISION_THEME_IDS.includes(c.id));
  return (
    <div className="grid-controls">
      <label className="inline">
        <span>{t('synthesis.rows')}</span>
        <select
          value={rowValue(rows)}
          onChange={(e) => {
            const value = e.target.value;
            onRows(
              value.startsWith('subtree:')
                ? { kind: 'subtree', codeId: value.slice(8) }
                : { kind: value === 'all' ? 'all' : 'default' },
            );
          }}
        >
          <option value="default">{t(hasVision ? 'synthesis.rows.themes' : 'synthesis.rows.top')}</option>
          <option value="all">{t('synthesis.rows.all')}</option>
          {parents.map((code) => (
            <option key={code.id} value={`subtree:${code.id}`}>
              {t('synthesis.rows.subtree', { code: code.name })}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <span>{t('synthesis.columns')}</span>
        <select
          value={columnValue(by)}
          onChange={(e) => {
            const choice = choices.find((c) => c.value === e.target.value);
            if (choice) onBy(choice.by);
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {label(choice.by)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
