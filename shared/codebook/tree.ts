/**
 * Small read-only helpers over a flat code list: children, depth-first order, and the " > " code path
 * used in every export (CSV, XLSX, Markdown, Word). Tree editing lives elsewhere (shared/coding/).
 */
import type { Code, Id } from '../model.ts';

/** The separator between the names of a code path, e.g. "Visie: het goede gesprek > Taal". */
export const CODE_PATH_SEPARATOR = ' > ';

/** The direct children of a code (or the roots for null), sorted by order then name. */
export function childrenOf(codes: readonly Code[], parentId: Id | null): Code[] {
  return codes
    .filter((code) => (code.parentId ?? null) === parentId)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** All codes depth-first (parents before children, siblings by order), each with its depth. */
export function codesInTreeOrder(codes: readonly Code[]): { code: Code; depth: number }[] {
  const ids = new Set(codes.map((c) => c.id));
  const byParent = new Map<Id | null, Code[]>();
  for (const code of codes) {
    // A code whose parent is missing is shown as a root rather than lost.
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(code);
    byParent.set(parent, list);
  }
  const out: { code: Code; depth: number }[] = [];
  const seen = new Set<Id>();
  const visit = (parent: Id | null, depth: number): void => {
    const list = (byParent.get(parent) ?? []).sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name),
    );
    for (const code of list) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      out.push({ code, depth });
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The names from the root down to a code. */
export function codePathNames(codes: readonly Code[], id: Id): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<Id>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return names;
}

/** The path of a code joined with " > ". */
export function codePath(codes: readonly Code[], id: Id): string {
  return codePathNames(codes, id).join(CODE_PATH_SEPARATOR);
}

/** Every code's path at once (fast for exports of many codings). */
export function codePaths(codes: readonly Code[]): Map<Id, string> {
  return new Map(codes.map((c) => [c.id, codePath(codes, c.id)]));
}
