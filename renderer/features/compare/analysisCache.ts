import { buildAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { Coding, ProjectData } from '../../../shared/model.ts';
import { codedMaterial } from '../../db/codedMaterial.ts';
import type { ProjectDb } from '../../db/schema.ts';

/**
 * Analysis indexes already built, by the codings they were built from. A hit also needs the same documents,
 * speakers, turns, codes and attributes (the arrays, as codedMaterial() keeps them until a write replaces
 * them), so an index is only reused for exactly the material it describes.
 */
const built = new WeakMap<Coding[], AnalysisIndex>();

const sameMaterial = (a: ProjectData, b: ProjectData) =>
  a.codings === b.codings &&
  a.documents === b.documents &&
  a.speakers === b.speakers &&
  a.turns === b.turns &&
  a.codes === b.codes &&
  a.attributes === b.attributes;

/** The analysis index of `project`, built once per state of the material (see codedMaterial()). */
export function analysisIndexOf(project: ProjectData): AnalysisIndex {
  const hit = built.get(project.codings);
  if (hit && sameMaterial(hit.project, project)) return hit.project === project ? hit : { ...hit, project };
  const index = buildAnalysisIndex(project);
  built.set(project.codings, index);
  return index;
}

const idle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};

// After a write, wait for this long without another before preparing again (coding comes in bursts).
const SETTLE_MS = 2_000;

/**
 * Reads the project's coded material and builds its analysis index while the page is idle: once when the
 * project opens, and again a while after writes, so that Compare, Fragments and the summary grid open on a
 * ready index. Returns the function that stops it.
 */
export function prepareAnalysisInBackground(db: ProjectDb): () => void {
  const store = codedMaterial(db);
  let cancelIdle = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const prepare = () => {
    cancelIdle = idle(() => {
      store
        .load()
        .then((material) => {
          // The index is a second task, so that reading and indexing do not freeze the page as one.
          if (!stopped) cancelIdle = idle(() => void analysisIndexOf(material));
        })
        .catch(() => undefined); // A section that needs the material reads it again and shows the problem.
    });
  };
  prepare();
  const off = store.onStale(() => {
    cancelIdle();
    clearTimeout(timer);
    timer = setTimeout(prepare, SETTLE_MS);
  });
  return () => {
    stopped = true;
    off();
    cancelIdle();
    clearTimeout(timer);
  };
}
