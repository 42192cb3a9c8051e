import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { Measure } from '../../../shared/analysis/crosstab.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { analysisIndexOf } from './analysisCache.ts';

export type Lang = 'nl' | 'en';

/**
 * The analysis index of the live project, built once per data change (or coder choice), and for all coders
 * usually ahead of time (prepareAnalysisInBackground). Filtering the codings by coder happens before indexing so
 * every view of the section sees the same codings.
 */
export function useAnalysisIndex(data: ProjectData | undefined, coderId: string): AnalysisIndex | undefined {
  return useMemo(() => {
    if (!data) return undefined;
    const project = coderId ? { ...data, codings: data.codings.filter((c) => c.coderId === coderId) } : data;
    return analysisIndexOf(project);
  }, [data, coderId]);
}

/** The interface language as the analyses expect it. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** Decimals a measure is shown with: counts as whole numbers, rates and shares with one decimal. */
export function measureDigits(measure: Measure): number {
  return measure === 'per1000' || measure === 'percentOfColumn' || measure === 'percentOfTurns' ? 1 : 0;
}

/** A measure's value as shown in tables, tooltips and exports ("12,5%" in Dutch). */
export function formatMeasure(value: number, measure: Measure, lang: Lang): string {
  const text = formatNumber(value, lang, measureDigits(measure));
  return measure === 'percentOfColumn' || measure === 'percentOfTurns' ? `${text}%` : text;
}
