import { useEffect, useState } from 'react';
import { countWords } from '../../../shared/import/words.ts';
import type { KoorDocument, Turn } from '../../../shared/model.ts';

/** The longest stretch of counting between two chances for the page to paint and react. */
const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The words of every turn, by turn id, counted a slice of SLICE_MS at a time: 70 transcripts are 5 million
 * characters, too many to count in one task while the page waits. Resolves with null when `stopped()` turns
 * true (the data changed meanwhile).
 */
export async function countTurnWords(
  documents: readonly KoorDocument[],
  turns: readonly Turn[],
  stopped: () => boolean,
  now: () => number = () => performance.now(),
): Promise<Map<string, number> | null> {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const words = new Map<string, number>();
  let sliceStart = now();
  for (const turn of turns) {
    if (now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (stopped()) return null;
      sliceStart = now();
    }
    const text = texts.get(turn.documentId);
    if (text !== undefined) words.set(turn.id, countWords(text.slice(turn.start, turn.end)));
  }
  return words;
}

/** The words of every turn (see countTurnWords) for these documents and turns; undefined while counting. */
export function useTurnWords(
  documents: readonly KoorDocument[] | undefined,
  turns: readonly Turn[] | undefined,
): ReadonlyMap<string, number> | undefined {
  const [counted, setCounted] = useState<{
    documents: readonly KoorDocument[];
    turns: readonly Turn[];
    words: Map<string, number>;
  } | null>(null);
  useEffect(() => {
    if (!documents || !turns) return;
    let live = true;
    void countTurnWords(documents, turns, () => !live).then((words) => {
      if (live && words) setCounted({ documents, turns, words });
    });
    return () => {
      live = false;
    };
  }, [documents, turns]);
  return counted && counted.documents === documents && counted.turns === turns ? counted.words : undefined;
}
