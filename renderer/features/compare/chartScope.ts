import type { CodeTreeRow } from '../../../shared/analysis/codeTree.ts';
import type { Code } from '../../../shared/model.ts';

/** "" is every code; otherwise the id of a code whose descendants the charts show. */
export type ChartScope = string;

/** The codes a chart shows for a scope, in tree order. */
export function scopeCodeIds(rows: CodeTreeRow[], codes: readonly Code[], scope: ChartScope): string[] {
  if (scope === '') return rows.map((r) => r.codeId);
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const below = (id: string): boolean => {
    const seen = new Set<string>();
    let parent = parentOf.get(id) ?? null;
    while (parent !== null && !seen.has(parent)) {
      if (parent === scope) return true;
      seen.add(parent);
      parent = parentOf.get(parent) ?? null;
    }
    return false;
  };
  return rows.filter((r) => below(r.codeId)).map((r) => r.codeId);
}

/**
 * Rows that can be stacked without counting a fragment twice: the topmost codes of the scope when sub-codes are
 * added to their parents, the codes without sub-codes otherwise.
 */
export function stackableCodeIds(rows: CodeTreeRow[], ids: string[], rollup: boolean): string[] {
  const wanted = new Set(ids);
  const shown = rows.filter((r) => wanted.has(r.codeId));
  if (!rollup) return shown.filter((r) => !r.hasChildren).map((r) => r.codeId);
  const minDepth = Math.min(...shown.map((r) => r.depth));
  return shown.filter((r) => r.depth === minDepth).map((r) => r.codeId);
}
