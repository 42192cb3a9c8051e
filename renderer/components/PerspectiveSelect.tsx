import { useId, useState } from 'react';
import {
  DEFAULT_PERSPECTIVES,
  perspectiveColor,
  perspectiveLabel,
} from '../../shared/analysis/perspectives.ts';
import { useTranslation } from '../i18n/index.ts';

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** Perspectives already used in the project, offered besides the seven defaults. */
  extra?: string[];
  label: string;
  /** Shown as the empty choice (e.g. "as the document"). */
  emptyLabel?: string;
  /** Keep the label for screen readers only (inside tables with a column header). */
  hideLabel?: boolean;
};

/** Choose one of the seven default perspectives, one used in the project, or type a new one. */
export function PerspectiveSelect({ value, onChange, extra = [], label, emptyLabel, hideLabel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const options = [
    ...DEFAULT_PERSPECTIVES.map((p) => p.nl),
    ...extra.filter((e) => e && !DEFAULT_PERSPECTIVES.some((p) => p.nl === e)),
  ];
  const [custom, setCustom] = useState(value !== '' && !options.includes(value));
  const listId = useId();
  return (
    <label className="perspective-select">
      <span className={hideLabel ? 'sr-only' : undefined}>{label}</span>
      {custom ? (
        <input
          list={listId}
          value={value}
          aria-label={label}
          placeholder={t('perspective.otherPlaceholder')}
          autoFocus
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => setCustom(value !== '' && !options.includes(value))}
        />
      ) : (
        <select
          value={value}
          onChange={(e) => (e.target.value === '\u0000custom' ? setCustom(true) : onChange(e.target.value))}
          style={
            value ? { borderLeft: `6px solid ${perspectiveColor(value, options.indexOf(value))}` } : undefined
          }
        >
          <option value="">{emptyLabel ?? t('perspective.none')}</option>
          {options.map((p) => (
            <option key={p} value={p}>
              {perspectiveLabel(p, lang) || p}
            </option>
          ))}
          <option value={'\u0000custom'}>{t('perspective.other')}</option>
        </select>
      )}
      <datalist id={listId}>
        {options.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </label>
  );
}
