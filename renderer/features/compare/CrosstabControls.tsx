import type { ColumnBy } from '../../../shared/analysis/columns.ts';
import { MEASURES, type Measure } from '../../../shared/analysis/crosstab.ts';
import { useTranslation } from '../../i18n/index.ts';
import { columnValue, type ColumnChoice } from './columnChoices.ts';
import { ModeratorCheck } from './ModeratorCheck.tsx';

export type CrosstabSettings = {
  by: ColumnBy;
  measure: Measure;
  rollup: boolean;
  includeModerator: boolean;
  /** Leave out codes without codings (and without coded sub-codes) from the table. */
  hideEmpty: boolean;
};

type Props = {
  settings: CrosstabSettings;
  choices: ColumnChoice[];
  onChange: (settings: CrosstabSettings) => void;
};

/** Columns, measure (with its plain-language explanation), roll-up and moderator switches of the crosstab. */
export function CrosstabControls({ settings, choices, onChange }: Props) {
  const { t } = useTranslation();
  const label = (by: ColumnBy): string =>
    by.kind === 'documentAttribute' || by.kind === 'speakerAttribute'
      ? t('analysis.by.attribute', { name: by.name })
      : t(`analysis.by.${by.kind}`);
  return (
    <div className="compare-controls">
      <label>
        <span>{t('compare.columns')}</span>
        <select
          value={columnValue(settings.by)}
          onChange={(e) => {
            const choice = choices.find((c) => c.value === e.target.value);
            if (choice) onChange({ ...settings, by: choice.by });
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {label(choice.by)}
            </option>
          ))}
        </select>
      </label>
      <label className="measure-select">
        <span>{t('compare.measure')}</span>
        <select
          value={settings.measure}
          aria-describedby="compare-measure-help"
          onChange={(e) => {
            const measure = MEASURES.find((m) => m === e.target.value);
            if (measure) onChange({ ...settings, measure });
          }}
        >
          {MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(`analysis.measure.${measure}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="compare-switches">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.rollup}
            onChange={(e) => onChange({ ...settings, rollup: e.target.checked })}
          />
          {t('analysis.rollup')}
        </label>
        <ModeratorCheck
          checked={settings.includeModerator}
          onChange={(checked) => onChange({ ...settings, includeModerator: checked })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={settings.hideEmpty}
            onChange={(e) => onChange({ ...settings, hideEmpty: e.target.checked })}
          />
          {t('compare.hideEmpty')}
        </label>
      </div>
      <p id="compare-measure-help" className="measure-help">
        {t(`analysis.measure.${settings.measure}.help`)}
      </p>
    </div>
  );
}
