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

// After a write, wait for this long without another before reading it (coding comes in bursts).
const SETTLE_MS = 2_000;

/**
 * Prepares Compare, Fragments and the summary grid while the page is idle: when the project opens, reads its
 * coded material and builds the analysis index (two tasks, so that they do not freeze the page as one). After
 * writes it only reads what they touched (a document's list, milliseconds): rebuilding a study's index is a
 * task of a few hundred milliseconds, which must not land between the keys of someone coding. Returns the
 * function that stops it.
 */
export function prepareAnalysisInBackground(db: ProjectDb): () => void {
  const store = codedMaterial(db);
  let cancelIdle = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const read = (then?: (material: ProjectData) => void) => {
    cancelIdle = idle(() => {
      store
        .load()
        .then((material) => {
          if (!stopped && then) cancelIdle = idle(() => then(material));
        })
        .catch(() => undefined); // A section that needs the material reads it again and shows the problem.
    });
  };
  read((material) => void analysisIndexOf(material));
  const off = store.onStale(() => {
    clearTimeout(timer);
    timer = setTimeout(() => read(), SETTLE_MS);
  });
  return () => {
    stopped = true;
    off();
    cancelIdle();
    clearTimeout(timer);
  };
}
