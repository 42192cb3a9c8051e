/** Benchmarks of shared/analysis on a synthetic corpus: 70 groups, ~5,000,000 characters, 100,000 codings. */
import type { BenchCase } from '../harness.ts';
import { generateCorpus } from '../corpus.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { buildAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { cooccurrence } from '../../../shared/analysis/cooccurrence.ts';
import { crosstab, type CrosstabOptions } from '../../../shared/analysis/crosstab.ts';
import { buildKwicIndex, kwic, type KwicIndex } from '../../../shared/analysis/kwic.ts';
import { clearStemCache } from '../../../shared/analysis/stem.ts';
import { countWords, wordFrequencies } from '../../../shared/analysis/wordCounts.ts';

let project: ProjectData | undefined;
let index: AnalysisIndex | undefined;
let kwicIndex: KwicIndex | undefined;

async function corpus(): Promise<void> {
  project ??= generateCorpus({ documents: 70, charsPerDocument: 71_500, codings: 100_000, seed: 7 });
  index ??= buildAnalysisIndex(project);
}

function time<T>(work: () => T): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The reference: one pass over the codings, counting per code in a Map. */
function singlePass(): number {
  return time(() => {
    const counts = new Map<string, number>();
    for (const coding of project!.codings) counts.set(coding.codeId, (counts.get(coding.codeId) ?? 0) + 1);
    return counts;
  });
}

const crosstabCase = (name: string, options: CrosstabOptions): BenchCase => ({
  name,
  unit: 'ms',
  target: 50,
  better: 'lower',
  reference: 'one pass over the codings into a Map',
  runs: 9,
  setup: async () => {
    await corpus();
    // Warm both up so the median compares steady states, not the JIT or the corpus generator's garbage.
    for (let i = 0; i < 5; i++) {
      crosstab(index!, options);
      singlePass();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  },
  run: async () => ({ value: time(() => crosstab(index!, options)), reference: singlePass() }),
});

export const cases: BenchCase[] = [
  crosstabCase('crosstab: 100,000 codings × 50 codes × 7 perspectives', { measure: 'codings' }),
  crosstabCase('crosstab: same, sub-codes rolled up, per 1,000 words', { measure: 'per1000', rollup: true }),
  {
    name: 'crosstab from scratch: analysis index + table (100,000 codings, 5 M chars)',
    unit: 'ms',
    target: 1000,
    better: 'lower',
    runs: 5,
    setup: corpus,
    run: async () => ({ value: time(() => crosstab(buildAnalysisIndex(project!))) }),
  },
  {
    // No target in the issue; DESIGN.md asks that comparing 100,000 codings take well under a second.
    name: 'co-occurrence (overlapping text, with drill-down pairs): 100,000 codings × 50 codes',
    unit: 'ms',
    target: 1000,
    better: 'lower',
    runs: 5,
    setup: corpus,
    run: async () => ({ value: time(() => cooccurrence(index!, { mode: 'overlap' })) }),
  },
  {
    name: 'word frequencies: 5,000,000 characters, per perspective, moderator included (cold stemmer)',
    unit: 'ms',
    target: 1000,
    better: 'lower',
    runs: 5,
    setup: corpus,
    run: async () => {
      clearStemCache();
      return {
        value: time(() => {
          const counts = countWords(index!, { includeModerator: true });
          counts.columns.forEach((_, c) => wordFrequencies(counts, { column: c }));
        }),
      };
    },
  },
  {
    name: 'KWIC indexing: 5,000,000 characters (cold stemmer)',
    unit: 'ms',
    target: 2000,
    better: 'lower',
    runs: 5,
    setup: corpus,
    run: async () => {
      clearStemCache();
      return { value: time(() => (kwicIndex = buildKwicIndex(index!))) };
    },
  },
  {
    name: 'KWIC query: "gesprek" (stem-aware) over 5,000,000 characters',
    unit: 'ms',
    target: 50,
    better: 'lower',
    runs: 9,
    setup: async () => {
      await corpus();
      kwicIndex ??= buildKwicIndex(index!);
    },
    run: async () => ({ value: time(() => kwic(kwicIndex!, 'gesprek', { contextChars: 60 })) }),
  },
];
