import { useCallback } from 'react';
import { formatNumber, useTranslation } from '../../i18n/index.ts';

/** Formats agreement statistics in the user's language; an undefined value (NaN) reads "niet te bepalen". */
export function useStatFormat() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const coefficient = useCallback(
    (value: number | undefined) =>
      value === undefined || Number.isNaN(value) ? t('rigour.undefined') : formatNumber(value, lang, 3),
    [t, lang],
  );
  const percent = useCallback(
    (value: number) =>
      Number.isNaN(value) ? t('rigour.undefined') : `${formatNumber(value * 100, lang, 1)}%`,
    [t, lang],
  );
  const count = useCallback((value: number) => formatNumber(value, lang), [lang]);
  return { coefficient, percent, count };
}

/** A stretch of text cut to a readable length for lists, with an ellipsis where it was cut. */
export function excerpt(text: string, max = 320): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max).replace(/\s\S*$/u, '')} …`;
}
