import { toAnalysisIndex, type AnalysisIndex } from '../analysis/analysisIndex.ts';
import { quotesFor, type Quote } from '../analysis/quotes.ts';
import type { Id, ProjectData, Turn } from '../model.ts';
import { subtreeIds } from './codebook.ts';
import { speakerContext, type ContextPart } from './speakerContext.ts';

/** What the retrieval view ("Gecodeerde fragmenten") filters on; an empty list means "all". */
export type RetrievalFilter = {
  codeIds: Id[];
  /** Include the codings of sub-codes of the chosen codes. */
  withSubcodes?: boolean;
  perspectives?: string[];
  documentIds?: Id[];
  speakerIds?: Id[];
  coderIds?: Id[];
};

/** A retrieved fragment: the quote, who coded it, its memo, and some text around it (speakers named). */
export type Fragment = Quote & { coderId: Id; memo: string; before: ContextPart[]; after: ContextPart[] };

const CONTEXT = 90;

/**
 * How many fragments choosing each code alone lists before any filter: its own codings, and its sub-codes'
 * when `withSubcodes`. The counts beside the codes of the retrieval view.
 */
export function fragmentCounts(
  project: Pick<ProjectData, 'codes' | 'codings' | 'documents'>,
  withSubcodes: boolean,
): Map<Id, number> {
  const documents = new Set(project.documents.map((d) => d.id));
  const own = new Map<Id, number>();
  for (const c of project.codings)
    if (documents.has(c.documentId)) own.set(c.codeId, (own.get(c.codeId) ?? 0) + 1);
  if (!withSubcodes) return own;
  return new Map(
    project.codes.map((code) => [
      code.id,
      subtreeIds(project.codes, code.id).reduce((sum, id) => sum + (own.get(id) ?? 0), 0),
    ]),
  );
}

/**
 * All codings of the chosen codes that pass the filters, with their text and context, in document order. Pass
 * the project's analysis index when there is one (building it is most of the work on a large project).
 */
export function retrieveFragments(source: AnalysisIndex | ProjectData, filter: RetrievalFilter): Fragment[] {
  const project = 'codingOrder' in source ? source.project : source;
  const codeIds = new Set(
    filter.withSubcodes ? filter.codeIds.flatMap((id) => subtreeIds(project.codes, id)) : filter.codeIds,
  );
  const only = <T>(list: T[] | undefined) => (list && list.length > 0 ? new Set(list) : null);
  const documents = only(filter.documentIds);
  const coders = only(filter.coderIds);
  const candidates = project.codings.filter(
    (c) =>
      codeIds.has(c.codeId) &&
      (!documents || documents.has(c.documentId)) &&
      (!coders || coders.has(c.coderId)),
  );
  if (candidates.length === 0) return [];
  const index = toAnalysisIndex(source);
  const perspectives = only(filter.perspectives);
  const speakers = only(filter.speakerIds);
  const codingsById = new Map(candidates.map((c) => [c.id, c]));
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  const names = new Map(project.speakers.map((s) => [s.id, s.name]));
  const turnsOf = new Map<Id, Turn[]>();
  for (const turn of project.turns) {
    const list = turnsOf.get(turn.documentId);
    if (list) list.push(turn);
    else turnsOf.set(turn.documentId, [turn]);
  }
  for (const list of turnsOf.values()) list.sort((a, b) => a.start - b.start);
  return quotesFor(
    index,
    candidates.map((c) => c.id),
  )
    .filter(
      (q) =>
        (!perspectives || perspectives.has(q.perspective)) &&
        (!speakers || (q.speakerId !== null && speakers.has(q.speakerId))),
    )
    .map((q) => {
      const coding = codingsById.get(q.codingId)!;
      const text = texts.get(q.documentId) ?? '';
      const turns = turnsOf.get(q.documentId) ?? [];
      return {
        ...q,
        coderId: coding.coderId,
        memo: coding.memo ?? '',
        ...speakerContext(text, turns, q, names, CONTEXT),
      };
    });
}

/** Quotes as a researcher pastes them into a report: text, then speaker, perspective and document. */
export function formatFragments(fragments: Fragment[]): string {
  return fragments
    .map(
      (f) =>
        `“${f.text.trim()}”\n— ${[f.speakerName, f.perspective, f.documentName].filter(Boolean).join(', ')}`,
    )
    .join('\n\n');
}
