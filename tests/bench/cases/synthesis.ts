/**
 * Benchmarks of the summary grid and its report (issue #12) on the synthetic corpus: 70 groups, 100,000 codings,
 * 50 codes, 7 perspectives; 35 summaries and 100 key quotes for the report.
 */
import type { BenchCase } from '../harness.ts';
import { generateCorpus, seededRandom } from '../corpus.ts';
import { buildAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { KeyQuote, ProjectData, Summary } from '../../../shared/model.ts';
import { citeCoding } from '../../../shared/synthesis/citations.ts';
import { cellFragments } from '../../../shared/synthesis/fragments.ts';
import { summaryGrid, type SummaryGrid } from '../../../shared/synthesis/grid.ts';
import { synthesisReport } from '../../../shared/synthesis/reportData.ts';
import { synthesisDocx } from '../../../shared/synthesis/reportDocx.ts';

let project: ProjectData | undefined;
let index: AnalysisIndex | undefined;
let allCodes: string[] = [];

function time<T>(work: () => T): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The corpus with 35 cell summaries (5 themes × 7 perspectives, each citing two fragments) and 100 key quotes. */
async function corpus(): Promise<void> {
  if (project) return;
  project = synthesisCorpus();
  index = buildAnalysisIndex(project);
  allCodes = project.codes.map((c) => c.id);
}

/**
 * 70 groups of 71,500 characters, 100,000 codings, 50 codes, 7 perspectives, with 35 cell summaries (the first
 * five codable codes × 7 perspectives, each about 1,000 characters citing two fragments) and 100 key quotes.
 */
export function synthesisCorpus(): ProjectData {
  const base = generateCorpus({ documents: 70, charsPerDocument: 71_500, codings: 100_000, seed: 7 });
  const baseIndex = buildAnalysisIndex(base);
  const themes = base.codes
    .filter((c) => c.codable)
    .slice(0, 5)
    .map((c) => c.id);
  const grid = summaryGrid(baseIndex, { codeIds: themes });
  const random = seededRandom(11);
  const summaries: Summary[] = [];
  const keyQuotes: KeyQuote[] = [];
  grid.rows.forEach((row, r) =>
    grid.columns.forEach((column, c) => {
      const ids = grid.cells[r]![c]!.codingIds;
      const cited = [0, 1].flatMap((i) => {
        const coding = base.codings.find((x) => x.id === ids[i]);
        return coding ? [citeCoding(coding, `cit-${r}-${c}-${i}`)] : [];
      });
      summaries.push({
        id: `s-${r}-${c}`,
        kind: 'cell',
        codeId: row.codeId,
        column: { by: grid.byName, value: column.key },
        text: `Samenvatting van ${row.name} bij ${column.label} [1] en [2]. `.repeat(20),
        citations: cited,
        updatedAt: '2025-01-01T00:00:00Z',
      });
      for (let q = 0; q < 3 && keyQuotes.length < 100; q++) {
        const id = ids[Math.floor(random() * ids.length)];
        if (id)
          keyQuotes.push({
            id: `k-${keyQuotes.length}`,
            codingId: id,
            cell: { codeId: row.codeId, column: { by: grid.byName, value: column.key } },
            createdAt: '',
          });
      }
    }),
  );
  return { ...base, summaries, keyQuotes };
}

let grid: SummaryGrid | undefined;

export const cases: BenchCase[] = [
  {
    name: 'summary grid: 100,000 codings × 50 codes × 7 perspectives',
    unit: 'ms',
    target: 200,
    better: 'lower',
    runs: 9,
    setup: async () => {
      await corpus();
      for (let i = 0; i < 3; i++) summaryGrid(index!, { codeIds: allCodes });
    },
    run: async () => ({ value: time(() => summaryGrid(index!, { codeIds: allCodes })) }),
  },
  {
    name: 'summary grid: open a cell with 2,000 fragments',
    unit: 'ms',
    target: 100,
    better: 'lower',
    runs: 9,
    setup: async () => {
      await corpus();
      grid = summaryGrid(index!, { codeIds: allCodes });
      // No cell of the corpus has 2,000 fragments (100,000 codings over 350 cells): give one cell 2,000 codings
      // spread over all groups, as a theme rolled up over a whole category would have.
      const stride = Math.floor(index!.codingIds.length / 2000);
      grid.cells[0]![0]!.codingIds = Array.from({ length: 2000 }, (_, i) => index!.codingIds[i * stride]!);
      cellFragments(index!, grid, 0, 0);
    },
    run: async () => ({ value: time(() => cellFragments(index!, grid!, 0, 0)) }),
  },
  {
    name: 'Word report: 70 transcripts, 100,000 codings, 35 summaries, 100 key quotes',
    unit: 'ms',
    target: 5000,
    better: 'lower',
    runs: 3,
    setup: corpus,
    run: async () => {
      const start = performance.now();
      const themes = project!.summaries!.map((s) => s.codeId!).filter((id, i, all) => all.indexOf(id) === i);
      const report = synthesisReport(buildAnalysisIndex(project!), { codeIds: themes });
      await synthesisDocx(report);
      return { value: performance.now() - start };
    },
  },
];
