import { interactionCodes, normaliserenTemplate } from '../../../shared/codebook/template.ts';
import { codesInTreeOrder } from '../../../shared/codebook/tree.ts';
import type { Code, Id, ProjectData } from '../../../shared/model.ts';

const TEMPLATE = interactionCodes('nl');
const ROOT = TEMPLATE.find((c) => c.parentId === null)!.id;
const byPosition = (i: number): Id => TEMPLATE.filter((c) => c.parentId === ROOT)[i]!.id;

/** GUIDs of the built-in interaction codes (stable across languages and projects). */
export const INTERACTION = {
  root: ROOT,
  agree: byPosition(0),
  disagree: byPosition(1),
  all: TEMPLATE.filter((c) => c.parentId === ROOT).map((c) => c.id),
} as const;

const VISION = normaliserenTemplate('nl').find((c) => c.parentId === null)!.id;
const VISION_THEMES = normaliserenTemplate('nl')
  .filter((c) => c.parentId === VISION)
  .map((c) => c.id);

/** The project's interaction codes (present ones only). */
export function presentInteractionCodes(project: ProjectData): Code[] {
  const ids = new Set(INTERACTION.all);
  return project.codes.filter((c) => ids.has(c.id));
}

/** Does the project have the agreement and disagreement codes? */
export function hasInteractionCodes(project: ProjectData): boolean {
  const ids = new Set(project.codes.map((c) => c.id));
  return ids.has(INTERACTION.agree) && ids.has(INTERACTION.disagree);
}

/**
 * The themes consensus is shown for: the vision's five themes when the project has them, else every codable
 * code outside the interaction group, in the codebook's order (the store lists codes by id, which put a
 * project's themes in an arbitrary order, sub-codes apart from their parent).
 */
export function themeCodes(project: ProjectData): Code[] {
  const vision = VISION_THEMES.map((id) => project.codes.find((c) => c.id === id)).filter(
    (c): c is Code => c !== undefined,
  );
  if (vision.length > 0) return vision;
  const interaction = new Set<Id>([INTERACTION.root, ...INTERACTION.all]);
  return codesInTreeOrder(project.codes)
    .map(({ code }) => code)
    .filter((c) => c.codable && !interaction.has(c.id));
}
