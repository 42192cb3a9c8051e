import { childrenOf, codePathNames } from '../codebook/tree.ts';
import type { Code, Coding, Id, Result } from '../model.ts';

/** A code with its children, ordered by `order`. */
export type CodeNode = { code: Code; children: CodeNode[] };

/** The codebook as a tree; codes whose parent is missing become roots, so nothing disappears. */
export function buildCodeTree(codes: readonly Code[]): CodeNode[] {
  const ids = new Set(codes.map((c) => c.id));
  const nodes = new Map<Id, CodeNode>(codes.map((c) => [c.id, { code: c, children: [] }]));
  const roots: CodeNode[] = [];
  for (const code of sortByOrder(codes)) {
    const node = nodes.get(code.id);
    const parent = code.parentId != null && ids.has(code.parentId) ? nodes.get(code.parentId) : undefined;
    if (node) (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of a code and all its descendants (the code first). */
export function subtreeIds(codes: readonly Code[], id: Id): Id[] {
  const children = childrenByParent(codes);
  const result: Id[] = [];
  const stack = [id];
  const seen = new Set<Id>();
  while (stack.length > 0) {
    const current = stack.pop() as Id;
    if (seen.has(current)) continue;
    seen.add(current);
    result.push(current);
    for (const child of children.get(current) ?? []) stack.push(child.id);
  }
  return result;
}

/** How deep a code sits: 0 for a top-level code (paths themselves: shared/codebook/tree.ts). */
export function codeDepth(codes: readonly Code[], id: Id): number {
  return Math.max(0, codePathNames(codes, id).length - 1);
}

/**
 * Moves a code under a new parent (null = top level) at a position among its new siblings; the orders of the
 * old and new siblings are renumbered. Refuses to move a code into itself or its own descendants.
 */
export function moveCode(
  codes: readonly Code[],
  id: Id,
  newParentId: Id | null,
  index: number,
): Result<Code[]> {
  const code = codes.find((c) => c.id === id);
  if (!code) return { ok: false, reason: 'coding.codeNotFound', params: { id } };
  if (newParentId !== null) {
    if (!codes.some((c) => c.id === newParentId)) {
      return { ok: false, reason: 'coding.codeNotFound', params: { id: newParentId } };
    }
    if (subtreeIds(codes, id).includes(newParentId)) {
      return { ok: false, reason: 'coding.moveIntoItself', params: { name: code.name } };
    }
  }
  const siblings = childrenOf(codes, newParentId).filter((c) => c.id !== id);
  const position = Math.max(0, Math.min(index, siblings.length));
  siblings.splice(position, 0, { ...code, parentId: newParentId });
  const updates = new Map<Id, Code>();
  siblings.forEach((c, order) => updates.set(c.id, { ...c, order }));
  if (code.parentId !== newParentId) {
    childrenOf(codes, code.parentId)
      .filter((c) => c.id !== id)
      .forEach((c, order) => updates.set(c.id, { ...c, order }));
  }
  return { ok: true, data: codes.map((c) => updated(c, updates.get(c.id))) };
}

export type MergeResult = {
  codes: Code[];
  codings: Coding[];
  /** Codings that now point to the target. */
  moved: number;
  /** Codings dropped because the target already had the same range by the same coder. */
  collapsed: number;
};

/**
 * Merges the source code into the target: its codings move (exact duplicates of a target coding by the same
 * coder collapse, keeping a memo), its children move under the target, its search terms join the target's.
 */
export function mergeCodes(
  codes: readonly Code[],
  codings: readonly Coding[],
  sourceId: Id,
  targetId: Id,
): Result<MergeResult> {
  const source = codes.find((c) => c.id === sourceId);
  const target = codes.find((c) => c.id === targetId);
  if (!source) return { ok: false, reason: 'coding.codeNotFound', params: { id: sourceId } };
  if (!target) return { ok: false, reason: 'coding.codeNotFound', params: { id: targetId } };
  if (subtreeIds(codes, sourceId).includes(targetId)) {
    return {
      ok: false,
      reason: 'coding.mergeIntoItself',
      params: { source: source.name, target: target.name },
    };
  }
  const targetChildren = codes.filter((c) => c.parentId === targetId).length;
  const sourceChildren = childrenOf(codes, sourceId);
  const childUpdates = new Map(
    sourceChildren.map((c, i) => [c.id, { ...c, parentId: targetId, order: targetChildren + i }]),
  );
  const terms = [...new Set([...(target.searchTerms ?? []), ...(source.searchTerms ?? [])])];
  const mergedTarget: Code = terms.length > 0 ? { ...target, searchTerms: terms } : target;
  const nextCodes = codes
    .filter((c) => c.id !== sourceId)
    .map((c) => (c.id === targetId ? mergedTarget : updated(c, childUpdates.get(c.id))));

  const key = (c: Coding): string => `${c.documentId}\u0000${c.start}\u0000${c.end}\u0000${c.coderId}`;
  const kept = new Map<string, Coding>();
  for (const coding of codings)
    if (coding.codeId === targetId && !kept.has(key(coding))) kept.set(key(coding), coding);
  const memoFor = new Map<Id, string>();
  const dropped = new Set<Id>();
  let moved = 0;
  for (const coding of codings) {
    if (coding.codeId !== sourceId) continue;
    const existing = kept.get(key(coding));
    if (existing) {
      dropped.add(coding.id);
      if (coding.memo && !existing.memo && !memoFor.has(existing.id)) memoFor.set(existing.id, coding.memo);
      continue;
    }
    kept.set(key(coding), { ...coding, codeId: targetId });
    moved++;
  }
  const nextCodings = codings.flatMap((c): Coding[] => {
    if (dropped.has(c.id)) return [];
    if (c.codeId === sourceId) return [{ ...c, codeId: targetId }];
    const memo = memoFor.get(c.id);
    return [memo ? { ...c, memo } : c];
  });
  return { ok: true, data: { codes: nextCodes, codings: nextCodings, moved, collapsed: dropped.size } };
}

/** What deleting a code removes: the code and its descendants, and how many codings go with them. */
export function deleteCodeImpact(
  codes: readonly Code[],
  codings: readonly Coding[],
  id: Id,
): { codes: Id[]; codings: number } {
  const ids = new Set(subtreeIds(codes, id));
  return { codes: [...ids], codings: codings.filter((c) => ids.has(c.codeId)).length };
}

/** Deletes a code with its descendants and their codings; returns what was removed, for undo. */
export function deleteCode(
  codes: readonly Code[],
  codings: readonly Coding[],
  id: Id,
): { codes: Code[]; codings: Coding[]; removed: { codes: Code[]; codings: Coding[] } } {
  const ids = new Set(subtreeIds(codes, id));
  const removedCode = codes.find((c) => c.id === id);
  const siblingOrders = new Map(
    sortByOrder(codes.filter((c) => !ids.has(c.id) && c.parentId === (removedCode?.parentId ?? null))).map(
      (c, i) => [c.id, i],
    ),
  );
  return {
    codes: codes.filter((c) => !ids.has(c.id)).map((c) => reorder(c, siblingOrders.get(c.id))),
    codings: codings.filter((c) => !ids.has(c.codeId)),
    removed: { codes: codes.filter((c) => ids.has(c.id)), codings: codings.filter((c) => ids.has(c.codeId)) },
  };
}

function childrenByParent(codes: readonly Code[]): Map<Id | null, Code[]> {
  const map = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const list = map.get(code.parentId) ?? [];
    list.push(code);
    map.set(code.parentId, list);
  }
  return map;
}

function sortByOrder(codes: readonly Code[]): Code[] {
  return [...codes].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

function updated(code: Code, next: Code | undefined): Code {
  return next && (next.order !== code.order || next.parentId !== code.parentId) ? next : code;
}

function reorder(code: Code, order: number | undefined): Code {
  return order === undefined || order === code.order ? code : { ...code, order };
}
