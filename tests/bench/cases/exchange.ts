/**
 * REFI-QDA exchange on a realistic size: 70 transcripts × ~70,000 characters, 100,000 codings, 50 codes.
 * Export = writeProject (project.qde + sources, zipped); import = readProject (checks, unzip, parse, convert).
 */
import type { BenchCase } from '../harness.ts';
import { generateCorpus } from '../corpus.ts';
import { readProject } from '../../../shared/exchange/projectRead.ts';
import { writeProject } from '../../../shared/exchange/projectWrite.ts';
import type { ProjectData } from '../../../shared/model.ts';

let project: ProjectData | undefined;
let qdpx: Uint8Array | undefined;

function corpus(): ProjectData {
  project ??= generateCorpus({ documents: 70, charsPerDocument: 70_000, codings: 100_000, seed: 7 });
  return project;
}

export const cases: BenchCase[] = [
  {
    name: 'export .qdpx (70 transcripts, 100,000 codings)',
    unit: 'ms',
    target: 3000,
    better: 'lower',
    runs: 3,
    setup: async () => {
      corpus();
    },
    run: async () => {
      const t0 = performance.now();
      qdpx = writeProject(corpus());
      return { value: performance.now() - t0 };
    },
  },
  {
    name: 'import .qdpx (70 transcripts, 100,000 codings)',
    unit: 'ms',
    target: 5000,
    better: 'lower',
    runs: 3,
    setup: async () => {
      qdpx ??= writeProject(corpus());
    },
    run: async () => {
      const t0 = performance.now();
      const result = readProject(qdpx!);
      const value = performance.now() - t0;
      if (!result.ok || result.data.project.codings.length !== corpus().codings.length) {
        throw new Error(
          `import lost codings: ${result.ok ? result.data.project.codings.length : result.reason}`,
        );
      }
      return { value };
    },
  },
];
