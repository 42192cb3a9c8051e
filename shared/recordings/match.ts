import { baseNameOf } from './media.ts';

/** A document a recording may belong to, by the names it is known by (file name it came from, its name). */
export type LinkCandidate = { documentId: string; names: string[] };

/**
 * Pairs recordings with documents of the same base name ("groep 1.mp3" with "groep 1.docx" or the document
 * "Groep 1"), case-insensitively. A recording matches at most one document, the first that fits.
 */
export function matchByBaseName<R extends { name: string }>(
  recordings: readonly R[],
  candidates: readonly LinkCandidate[],
): { pairs: { recording: R; documentId: string }[]; unmatched: R[] } {
  const pairs: { recording: R; documentId: string }[] = [];
  const unmatched: R[] = [];
  const taken = new Set<string>();
  for (const recording of recordings) {
    const base = baseNameOf(recording.name);
    const found = candidates.find(
      (c) =>
        !taken.has(c.documentId) &&
        c.names.some((n) => baseNameOf(n) === base || n.trim().toLowerCase() === base),
    );
    if (found) {
      taken.add(found.documentId);
      pairs.push({ recording, documentId: found.documentId });
    } else unmatched.push(recording);
  }
  return { pairs, unmatched };
}
