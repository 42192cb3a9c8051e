import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { citationLookup, resolveCitation, type CitationLookup } from '../../../shared/synthesis/citations.ts';
import { fragmentOf } from '../../../shared/synthesis/fragments.ts';
import type { ViewCitation } from './CitedText.tsx';

/** A place in a transcript to open: the document and the coding to select there. */
export type FragmentPlace = { documentId: string; codingId: string };

/**
 * Resolving citations against the live project: the lookup (also used to cite a fragment) and how each
 * citation shows — its speaker and group with a way to open it, or broken when its coding or words are gone.
 */
export function useCitations(
  index: AnalysisIndex,
  goTo: (place: FragmentPlace) => void,
): { lookup: CitationLookup; view: ViewCitation } {
  const lookup = useMemo(() => citationLookup(index.project.codings, index.project.documents), [index]);
  const view: ViewCitation = useMemo(
    () => (citation) => {
      const resolved = resolveCitation(citation, lookup);
      if (resolved.status === 'broken') return { ok: false };
      const fragment = fragmentOf(index, citation.codingId);
      return {
        ok: true,
        speaker: fragment?.speakerName ?? '',
        document: fragment?.documentName ?? lookup.documents.get(citation.documentId)?.name ?? '',
        open: () => goTo({ documentId: citation.documentId, codingId: citation.codingId }),
      };
    },
    [index, lookup, goTo],
  );
  return { lookup, view };
}
