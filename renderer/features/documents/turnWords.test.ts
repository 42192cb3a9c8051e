import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/import/words.ts';
import { generateCorpus } from '../../../tests/bench/corpus.ts';
import { countTurnWords } from './turnWords.ts';

describe('countTurnWords', () => {
  const corpus = generateCorpus({ documents: 3, charsPerDocument: 5_000, codings: 0, seed: 2 });
  const text = (id: string) => corpus.documents.find((d) => d.id === id)!.text;

  it('counts the words of every turn, as countWords does, giving the page a task between slices', async () => {
    // A clock that jumps 5 ms per reading: a new slice every few turns.
    let clock = 0;
    let slices = 0;
    const words = await countTurnWords(
      corpus.documents,
      corpus.turns,
      () => (slices++, false),
      () => (clock += 5),
    );
    expect(words?.size).toBe(corpus.turns.length);
    for (const turn of corpus.turns)
      expect(words?.get(turn.id)).toBe(countWords(text(turn.documentId).slice(turn.start, turn.end)));
    expect(slices).toBeGreaterThan(corpus.turns.length / 3);
  });

  it('gives up (null) when the data changed while it counted', async () => {
    let clock = 0;
    expect(
      await countTurnWords(
        corpus.documents,
        corpus.turns,
        () => true,
        () => (clock += 10),
      ),
    ).toBeNull();
  });
});
