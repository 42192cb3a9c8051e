import { quotesFor, type Quote } from '../analysis/quotes.ts';
import type { Id, ProjectData } from '../model.ts';
import { subtreeIds } from './codebook.ts';

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

/** A retrieved fragment: the quote, who coded it, its memo, and some text around it. */
export type Fragment = Quote & { coderId: Id; memo: string; before: string; after: string };

const CONTEXT = 160;

/** All codings of the chosen codes that pass the filters, with their text and context, in document order. */
export function retrieveFragments(project: ProjectData, filter: RetrievalFilter): Fragment[] {
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
  const perspectives = only(filter.perspectives);
  const speakers = only(filter.speakerIds);
  const codingsById = new Map(candidates.map((c) => [c.id, c]));
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  return quotesFor(
    project,
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
      return {
        ...q,
        coderId: coding.coderId,
        memo: coding.memo ?? '',
        before: text.slice(Math.max(0, q.start - CONTEXT), q.start),
        after: text.slice(q.end, q.end + CONTEXT),
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
