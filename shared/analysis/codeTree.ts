import type { Code, Id } from '../model.ts';

/** One code in tree order: its depth and its path of names from the root. */
export type CodeTreeRow = {
  codeId: Id;
  name: string;
  /** Names from the root down to this code, joined by " > ". */
  path: string;
  depth: number;
  color: string;
  hasChildren: boolean;
};

/** The separator of code names in a row's path. */
export const PATH_SEPARATOR = ' > ';

/**
 * The codes depth first, siblings by `order` then name. A code whose parent is missing, or that sits in a
 * parent cycle, is treated as a root so that no code is ever dropped.
 */
export function codeTreeRows(codes: readonly Code[]): CodeTreeRow[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<Id | null, Code[]>();
  const isRoot = (code: Code): boolean => {
    const seen = new Set<Id>([code.id]);
    let parent = code.parentId ? byId.get(code.parentId) : undefined;
    while (parent) {
      if (seen.has(parent.id)) return true;
      seen.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return !code.parentId || !byId.has(code.parentId);
  };
  for (const code of codes) {
    const key = isRoot(code) ? null : code.parentId;
    const list = children.get(key) ?? [];
    list.push(code);
    children.set(key, list);
  }
  const compare = (a: Code, b: Code): number => a.order - b.order || a.name.localeCompare(b.name, 'nl');
  const rows: CodeTreeRow[] = [];
  const visited = new Set<Id>();
  const visit = (code: Code, depth: number, path: string[]): void => {
    if (visited.has(code.id)) return;
    visited.add(code.id);
    const kids = (children.get(code.id) ?? []).sort(compare);
    const ownPath = [...path, code.name];
    rows.push({
      codeId: code.id,
      name: code.name,
      path: ownPath.join(PATH_SEPARATOR),
      depth,
      color: code.color,
      hasChildren: kids.length > 0,
    });
    for (const kid of kids) visit(kid, depth + 1, ownPath);
  };
  for (const root of (children.get(null) ?? []).sort(compare)) visit(root, 0, []);
  // Codes caught in a cycle below a root never reached: add them as roots.
  for (const code of codes) if (!visited.has(code.id)) visit(code, 0, []);
  return rows;
}

/** For each code, itself and its ancestors (nearest first), guarding against parent cycles. */
export function codeLineages(codes: readonly Code[]): Map<Id, Id[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const lineages = new Map<Id, Id[]>();
  for (const code of codes) {
    const line = [code.id];
    let parent = code.parentId ? byId.get(code.parentId) : undefined;
    while (parent && !line.includes(parent.id)) {
      line.push(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    lineages.set(code.id, line);
  }
  return lineages;
}
