import type { Id, ProjectData, Summary } from '../../shared/model.ts';
import type { Patch } from './patch.ts';
import type { ProjectSession } from './projects.ts';

/** What a merge or pseudonymisation wrote: rows per table (for the toast and the tests). */
export type WriteSummary = { coders: number; codes: number; codings: number };

const byId = <T extends { id: Id }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Stores another coder's merged work (from mergeCoderWork): the coders, codes and codings that are new in
 * `merged` compared with `before`, as one undoable step. Documents are never added: the merge matched them.
 */
export async function mergeProjectData(
  session: ProjectSession,
  before: ProjectData,
  merged: ProjectData,
): Promise<WriteSummary> {
  const oldCoders = byId(before.coders);
  const oldCodes = byId(before.codes);
  const oldCodings = byId(before.codings);
  const coders = merged.coders.filter((c) => !oldCoders.has(c.id));
  const codes = merged.codes.filter((c) => !oldCodes.has(c.id));
  const codings = merged.codings.filter((c) => !oldCodings.has(c.id));
  const patch: Patch = {};
  if (coders.length > 0) patch.coders = { put: coders };
  if (codes.length > 0) patch.codes = { put: codes };
  if (codings.length > 0) patch.codings = { put: codings };
  if (coders.length + codes.length + codings.length > 0)
    await session.history.commit('history.mergeCoder', patch);
  return { coders: coders.length, codes: codes.length, codings: codings.length };
}

type Range = { start: number; end: number };
const moved = (a: Range, b: Range) => a.start !== b.start || a.end !== b.end;

/**
 * Stores a pseudonymised project (from applyPseudonymisation) as one undoable step: changed document texts,
 * speaker names and labels, the turns, codings and summary citations whose offsets moved with the text, and
 * key quotes whose shortened display got the pseudonym. `before` needs its summaries and key quotes for those.
 */
export async function applyPseudonyms(
  session: ProjectSession,
  before: ProjectData,
  after: ProjectData,
): Promise<{ documents: number; speakers: number }> {
  const oldDocuments = byId(before.documents);
  const oldSpeakers = byId(before.speakers);
  const oldTurns = byId(before.turns);
  const oldCodings = byId(before.codings);
  const documents = after.documents.filter((d) => {
    const old = oldDocuments.get(d.id);
    return !old || old.text !== d.text || old.preambleEnd !== d.preambleEnd;
  });
  const speakers = after.speakers.filter((s) => {
    const old = oldSpeakers.get(s.id);
    return !old || old.name !== s.name || old.label !== s.label;
  });
  const turns = after.turns.filter((t) => {
    const old = oldTurns.get(t.id);
    return !old || moved(old, t);
  });
  const codings = after.codings.filter((c) => {
    const old = oldCodings.get(c.id);
    return !old || moved(old, c);
  });
  // Summaries whose citations moved with the text or whose text named someone, key quotes whose shortened display now has the pseudonym.
  const oldSummaries = byId(before.summaries ?? []);
  const summaries = (after.summaries ?? []).filter((s) => {
    const old = oldSummaries.get(s.id);
    return (
      !old ||
      s.citations.some((c, i) => !old.citations[i] || moved(old.citations[i]!, c)) ||
      summaryText(old) !== summaryText(s)
    );
  });
  const oldQuotes = byId(before.keyQuotes ?? []);
  const keyQuotes = (after.keyQuotes ?? []).filter((q) => oldQuotes.get(q.id)?.display !== q.display);
  const patch: Patch = {};
  if (documents.length > 0) patch.documents = { put: documents };
  if (speakers.length > 0) patch.speakers = { put: speakers };
  if (turns.length > 0) patch.turns = { put: turns };
  if (codings.length > 0) patch.codings = { put: codings };
  if (summaries.length > 0) patch.summaries = { put: summaries };
  if (keyQuotes.length > 0) patch.keyQuotes = { put: keyQuotes };
  if (documents.length + speakers.length + keyQuotes.length + summaries.length > 0)
    await session.history.commit('history.pseudonymise', patch);
  return { documents: documents.length, speakers: speakers.length };
}

/** What a researcher wrote in a summary, synthesis or profile, as one string to compare. */
function summaryText(summary: Summary): string {
  return summary.kind === 'synthesis'
    ? [summary.parts.agree, summary.parts.differ, summary.parts.unique].join('\u0000')
    : summary.text;
}
