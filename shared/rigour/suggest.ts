import { codingsOverlapping, turnAt } from '../coding/codings.ts';
import type { Id, ProjectData } from '../model.ts';
import { compileSearchTerms, findTerm, textWords } from './searchTerms.ts';

/** A passage a code's search terms found; the user accepts (then it becomes a coding) or rejects it. */
export type CodingSuggestion = {
  documentId: Id;
  start: number;
  end: number;
  turnId: Id | null;
  /** The term (word, phrase or wildcard) that matched. */
  term: string;
  context: { before: string; match: string; after: string };
};

const CONTEXT_CHARS = 60;

/**
 * Passages where the search terms (default: the code's own) match, in document order, leaving out places
 * already coded with that code by anyone. Nothing is coded: these are suggestions only.
 */
export function suggestCodings(
  project: ProjectData,
  codeId: Id,
  terms?: readonly string[],
): CodingSuggestion[] {
  const compiled = compileSearchTerms(terms ?? project.codes.find((c) => c.id === codeId)?.searchTerms ?? []);
  if (compiled.length === 0) return [];
  const suggestions: CodingSuggestion[] = [];
  for (const document of project.documents) {
    const text = document.text;
    const words = textWords(text);
    const turns = project.turns.filter((t) => t.documentId === document.id).sort((a, b) => a.start - b.start);
    const coded = project.codings.filter((c) => c.documentId === document.id && c.codeId === codeId);
    const seen = new Set<string>();
    const hits: CodingSuggestion[] = [];
    for (const term of compiled) {
      for (const [first, last] of findTerm(term, words)) {
        const start = words[first]?.start ?? 0;
        const end = words[last]?.end ?? start;
        const key = `${start}:${end}`;
        if (seen.has(key) || codingsOverlapping(coded, start, end).length > 0) continue;
        seen.add(key);
        hits.push({
          documentId: document.id,
          start,
          end,
          turnId: turnAt(turns, start)?.id ?? null,
          term: term.source,
          context: {
            before: text.slice(Math.max(0, start - CONTEXT_CHARS), start).replace(/^\S*\s/u, ''),
            match: text.slice(start, end),
            after: text.slice(end, end + CONTEXT_CHARS).replace(/\s\S*$/u, ''),
          },
        });
      }
    }
    suggestions.push(...hits.sort((a, b) => a.start - b.start || a.end - b.end));
  }
  return suggestions;
}
