/**
 * What merging or deleting codes does to the summary grid's content. Pure: the caller stores the result in the
 * same transaction as the code change (so one undo restores both).
 *
 * Merge (call with the codings as they were BEFORE mergeCodes of shared/coding/codebook.ts): the source code's
 * summaries, syntheses and key quotes move to the target. Where the target already has a summary in the same
 * place, the two texts are joined (target first) with the source's citation markers renumbered. Citations and
 * key quotes of source codings that mergeCodes drops as duplicates are pointed at the target's coding on the same
 * words.
 * Delete: summaries and key quotes of the removed codes go (the dialog counts them); citations of the removed
 * codings elsewhere stay and resolve as broken.
 */
import type { Citation, Coding, Id, KeyQuote, Summary } from '../model.ts';
import { shiftMarkers } from './citations.ts';
import { cellKey, summaryKey } from './summaryKeys.ts';

/** Rows to write and delete. */
export type SummaryChanges = {
  putSummaries: Summary[];
  deleteSummaries: Id[];
  putKeyQuotes: KeyQuote[];
  deleteKeyQuotes: Id[];
};

/** The summaries and key quotes after merging code `sourceId` into `targetId`. */
export function summariesOnMerge(
  summaries: readonly Summary[],
  keyQuotes: readonly KeyQuote[],
  codingsBefore: readonly Coding[],
  sourceId: Id,
  targetId: Id,
  now: string,
): SummaryChanges {
  const repoint = duplicateCodings(codingsBefore, sourceId, targetId);
  const fixCitation = (c: Citation): Citation => {
    const to = repoint.get(c.codingId);
    return to ? { ...c, codingId: to } : c;
  };
  const changes: SummaryChanges = {
    putSummaries: [],
    deleteSummaries: [],
    putKeyQuotes: [],
    deleteKeyQuotes: [],
  };
  const byKey = new Map(summaries.map((s) => [summaryKey(s), s]));
  // Citations first (any summary may cite a dropped duplicate), then the source's summaries move or join.
  const updated = new Map<Id, Summary>();
  for (const summary of summaries) {
    const citations = summary.citations.map(fixCitation);
    if (citations.some((c, i) => c !== summary.citations[i]))
      updated.set(summary.id, { ...summary, citations });
  }
  const current = (s: Summary): Summary => updated.get(s.id) ?? s;
  for (const summary of summaries) {
    const own = current(summary);
    if (own.kind === 'profile' || own.codeId !== sourceId) continue;
    const moved: Summary = { ...own, codeId: targetId, updatedAt: now };
    const existing = byKey.get(summaryKey(moved));
    if (!existing) {
      updated.set(summary.id, moved);
      continue;
    }
    updated.set(existing.id, joinSummaries(current(existing), moved, now));
    updated.delete(summary.id);
    changes.deleteSummaries.push(summary.id);
  }
  changes.putSummaries = [...updated.values()];
  const quoteKey = (q: KeyQuote): string => `${cellKey(q.cell)}|${q.codingId}`;
  const taken = new Set(keyQuotes.filter((q) => q.cell.codeId !== sourceId).map(quoteKey));
  for (const quote of keyQuotes) {
    const codingId = repoint.get(quote.codingId) ?? quote.codingId;
    const codeId = quote.cell.codeId === sourceId ? targetId : quote.cell.codeId;
    if (codingId === quote.codingId && codeId === quote.cell.codeId) continue;
    const moved: KeyQuote = { ...quote, codingId, cell: { ...quote.cell, codeId } };
    if (taken.has(quoteKey(moved))) changes.deleteKeyQuotes.push(quote.id);
    else {
      taken.add(quoteKey(moved));
      changes.putKeyQuotes.push(moved);
    }
  }
  return changes;
}

/** Source codings mergeCodes drops (same document, words and coder as a target coding) → that target coding. */
function duplicateCodings(codings: readonly Coding[], sourceId: Id, targetId: Id): Map<Id, Id> {
  const key = (c: Coding): string => `${c.documentId}\u0000${c.start}\u0000${c.end}\u0000${c.coderId}`;
  const target = new Map<string, Id>();
  for (const c of codings) if (c.codeId === targetId && !target.has(key(c))) target.set(key(c), c.id);
  const map = new Map<Id, Id>();
  for (const c of codings) {
    const to = c.codeId === sourceId ? target.get(key(c)) : undefined;
    if (to) map.set(c.id, to);
  }
  return map;
}

/** The target's summary with the source's text appended (markers renumbered after the target's citations). */
function joinSummaries(target: Summary, source: Summary, now: string): Summary {
  const offset = target.citations.length;
  const join = (a: string, b: string): string => {
    const shifted = shiftMarkers(b, offset);
    return a.trim() === '' ? shifted : shifted.trim() === '' ? a : `${a}\n\n${shifted}`;
  };
  const citations = [...target.citations, ...source.citations];
  if (target.kind === 'synthesis' && source.kind === 'synthesis')
    return {
      ...target,
      citations,
      parts: {
        agree: join(target.parts.agree, source.parts.agree),
        differ: join(target.parts.differ, source.parts.differ),
        unique: join(target.parts.unique, source.parts.unique),
      },
      updatedAt: now,
    };
  if (target.kind === 'cell' && source.kind === 'cell')
    return { ...target, citations, text: join(target.text, source.text), updatedAt: now };
  return target;
}

/** What deleting these codes (a code and its descendants) removes from the grid, for the dialog and the store. */
export function summariesOnDelete(
  summaries: readonly Summary[],
  keyQuotes: readonly KeyQuote[],
  codeIds: readonly Id[],
): { summaries: Summary[]; keyQuotes: KeyQuote[] } {
  const removed = new Set(codeIds);
  return {
    summaries: summaries.filter((s) => s.codeId !== null && removed.has(s.codeId)),
    keyQuotes: keyQuotes.filter((q) => removed.has(q.cell.codeId)),
  };
}
