/** Which codes are the rows of the summary grid and the report. */
import { codeTreeRows } from '../analysis/codeTree.ts';
import { interactionCodes, normaliserenTemplate } from '../codebook/template.ts';
import type { Code, Id } from '../model.ts';

const VISION_ROOT = normaliserenTemplate('nl').find((c) => c.parentId === null)!.id;
/** GUIDs of the five themes of the vision ("het goede gesprek") in the Normaliseren template. */
export const VISION_THEME_IDS: readonly Id[] = normaliserenTemplate('nl')
  .filter((c) => c.parentId === VISION_ROOT)
  .map((c) => c.id);

const INTERACTION_ROOT = interactionCodes('nl').find((c) => c.parentId === null)!.id;
const INTERACTION_CHILDREN = interactionCodes('nl').filter((c) => c.parentId === INTERACTION_ROOT);
/** GUIDs of the template's agreement and disagreement interaction codes (consensus and dissent). */
export const AGREE_CODE_ID: Id = INTERACTION_CHILDREN[0]!.id;
export const DISAGREE_CODE_ID: Id = INTERACTION_CHILDREN[1]!.id;

/**
 * The default rows: the five vision themes the project has (template GUIDs), else its top-level codes in tree
 * order (the interaction codes left out).
 */
export function defaultRowCodeIds(codes: readonly Code[]): Id[] {
  const present = new Set(codes.map((c) => c.id));
  const vision = VISION_THEME_IDS.filter((id) => present.has(id));
  if (vision.length > 0) return vision;
  return codeTreeRows(codes)
    .filter((r) => r.depth === 0 && r.codeId !== INTERACTION_ROOT)
    .map((r) => r.codeId);
}

/**
 * The rows for a chosen code: its sub-codes (whole subtree, tree order) when it has any, itself included only when
 * it is codable; the code alone when it is a leaf.
 */
export function subtreeRowCodeIds(codes: readonly Code[], rootId: Id): Id[] {
  const rows = codeTreeRows(codes);
  const at = rows.findIndex((r) => r.codeId === rootId);
  if (at < 0) return [];
  const root = rows[at]!;
  const below: Id[] = [];
  for (let i = at + 1; i < rows.length && rows[i]!.depth > root.depth; i++) below.push(rows[i]!.codeId);
  if (below.length === 0) return [rootId];
  const codable = codes.find((c) => c.id === rootId)?.codable ?? false;
  return codable ? [rootId, ...below] : below;
}

/** Finds a code by its name or its path ("Visie > Taal"), case-insensitively; undefined when none or ambiguous. */
export function findCodeByName(codes: readonly Code[], name: string): Code | undefined {
  const wanted = name.trim().toLowerCase();
  const rows = codeTreeRows(codes);
  const byPath = rows.filter((r) => r.path.toLowerCase() === wanted);
  const matches = byPath.length > 0 ? byPath : rows.filter((r) => r.name.toLowerCase() === wanted);
  if (matches.length !== 1) return undefined;
  return codes.find((c) => c.id === matches[0]!.codeId);
}

/** Which codes are the rows, as the grid and the report choose them: the default rows, all codes, or a subtree. */
export type RowChoice = { kind: 'default' } | { kind: 'all' } | { kind: 'subtree'; codeId: Id };

/** The row codes of a choice; undefined for the default rows (defaultRowCodeIds, which the grid applies). */
export function rowCodeIds(codes: readonly Code[], rows: RowChoice): Id[] | undefined {
  if (rows.kind === 'all') return codeTreeRows(codes).map((r) => r.codeId);
  if (rows.kind === 'subtree') return subtreeRowCodeIds(codes, rows.codeId);
  return undefined;
}
