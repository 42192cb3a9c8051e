import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { findThemeCodeIds } from '../../../shared/analysis/charts.ts';
import { normaliserenTemplate } from '../../../shared/codebook/template.ts';

/** The GUIDs of the vision's five themes: the children of the first root code of the Normaliseren template. */
function templateThemeIds(): string[] {
  const template = normaliserenTemplate('nl');
  const vision = template.find((code) => code.parentId === null);
  return template
    .filter((code) => vision !== undefined && code.parentId === vision.id)
    .map((code) => code.id);
}

/** The template's vision code, whose children are the themes (for the charts' default code scope). */
export function templateVisionId(): string | undefined {
  return normaliserenTemplate('nl').find((code) => code.parentId === null)?.id;
}

/**
 * The project's theme codes for the radar: the template's themes by GUID (they survive renaming and
 * translation), else codes named like the themes.
 */
export function defaultThemeIds(index: AnalysisIndex): string[] {
  const present = new Set(index.project.codes.map((code) => code.id));
  const byGuid = templateThemeIds().filter((id) => present.has(id));
  return byGuid.length >= 3 ? byGuid : findThemeCodeIds(index);
}
