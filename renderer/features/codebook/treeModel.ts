import { childrenOf, codesInTreeOrder } from '../../../shared/codebook/tree.ts';
import { subtreeIds } from '../../../shared/coding/codebook.ts';
import type { Code, Id } from '../../../shared/model.ts';

/** One visible row of the code tree. */
export type TreeRow = {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Position among its siblings (1-based) and how many siblings there are, for aria-posinset/setsize. */
  position: number;
  siblings: number;
};

/** The rows to show: codes depth-first, without the descendants of collapsed codes. */
export function visibleRows(codes: readonly Code[], collapsed: ReadonlySet<Id>): TreeRow[] {
  const ordered = codesInTreeOrder(codes);
  const shownParents = new Set(ordered.map((o) => o.code.parentId));
  const ids = new Set(codes.map((c) => c.id));
  const siblingsOf = new Map<Id | null, Id[]>();
  for (const { code } of ordered) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = siblingsOf.get(parent) ?? [];
    list.push(code.id);
    siblingsOf.set(parent, list);
  }
  const rows: TreeRow[] = [];
  let hiddenBelow: number | null = null;
  for (const { code, depth } of ordered) {
    if (hiddenBelow !== null && depth > hiddenBelow) continue;
    hiddenBelow = null;
    const hasChildren = shownParents.has(code.id);
    const expanded = hasChildren && !collapsed.has(code.id);
    if (hasChildren && !expanded) hiddenBelow = depth;
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const siblings = siblingsOf.get(parent) ?? [];
    rows.push({
      code,
      depth,
      hasChildren,
      expanded,
      position: siblings.indexOf(code.id) + 1,
      siblings: siblings.length,
    });
  }
  return rows;
}

/** Codings of each code's descendants (not the code itself), for the "12 (+30)" roll-up. */
export function descendantCounts(codes: readonly Code[], counts: ReadonlyMap<Id, number>): Map<Id, number> {
  const result = new Map<Id, number>();
  for (const code of codes) {
    const total = subtreeIds(codes, code.id)
      .slice(1)
      .reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    result.set(code.id, total);
  }
  return result;
}

/** Where a dragged code lands relative to the row it is dropped on. */
export type DropPosition = 'before' | 'after' | 'inside';

/** A move as moveCodeTo takes it: the new parent and the index among the new siblings. */
export type MoveTarget = { parentId: Id | null; index: number };

/** Where dropping `draggedId` before/after/inside `targetId` puts it; null when it would land in itself. */
export function dropTarget(
  codes: readonly Code[],
  draggedId: Id,
  targetId: Id,
  position: DropPosition,
): MoveTarget | null {
  if (subtreeIds(codes, draggedId).includes(targetId)) return null;
  const target = codes.find((c) => c.id === targetId);
  if (!target) return null;
  if (position === 'inside') {
    return {
      parentId: target.id,
      index: childrenOf(codes, target.id).filter((c) => c.id !== draggedId).length,
    };
  }
  const siblings = childrenOf(codes, target.parentId).filter((c) => c.id !== draggedId);
  const at = siblings.findIndex((c) => c.id === targetId);
  return { parentId: target.parentId, index: position === 'before' ? at : at + 1 };
}

/** The keyboard moves: up/down among siblings, indent under the previous sibling, outdent after the parent. */
export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/** Where a keyboard move puts a code; null when it cannot move that way. */
export function keyboardTarget(codes: readonly Code[], id: Id, move: KeyboardMove): MoveTarget | null {
  const code = codes.find((c) => c.id === id);
  if (!code) return null;
  const siblings = childrenOf(codes, code.parentId);
  const at = siblings.findIndex((c) => c.id === id);
  switch (move) {
    case 'up':
      return at > 0 ? { parentId: code.parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId: code.parentId, index: at + 1 } : null;
    case 'indent': {
      const previous = siblings[at - 1];
      return previous ? { parentId: previous.id, index: childrenOf(codes, previous.id).length } : null;
    }
    case 'outdent': {
      const parent = code.parentId === null ? undefined : codes.find((c) => c.id === code.parentId);
      if (!parent) return null;
      const parentSiblings = childrenOf(codes, parent.parentId);
      return { parentId: parent.parentId, index: parentSiblings.findIndex((c) => c.id === parent.id) + 1 };
    }
  }
}
