import { newId } from '../ids.ts';
import type { Coding, Id } from '../model.ts';

/** A quote of a transcript and the theme it was coded with (as in an example or a gold standard). */
export type Passage = { quote: string; theme: string };

/**
 * Codings for passages that occur in a document's text (each at its first occurrence); passages whose
 * quote is not in the text are returned separately rather than dropped silently.
 */
export function codingsFromPassages(
  document: { id: Id; text: string },
  passages: readonly Passage[],
  codeIdForTheme: (theme: string) => Id,
  coderId: Id,
  createdAt = new Date().toISOString(),
): { codings: Coding[]; missing: Passage[] } {
  const codings: Coding[] = [];
  const missing: Passage[] = [];
  for (const passage of passages) {
    const start = document.text.indexOf(passage.quote);
    if (start < 0) {
      missing.push(passage);
      continue;
    }
    codings.push({
      id: newId(),
      documentId: document.id,
      codeId: codeIdForTheme(passage.theme),
      start,
      end: start + passage.quote.length,
      coderId,
      createdAt,
    });
  }
  return { codings, missing };
}
