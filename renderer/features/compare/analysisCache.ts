import { buildAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { ColumnBy } from '../../../shared/analysis/columns.ts';
import { crosstab, type Crosstab, type Measure } from '../../../shared/analysis/crosstab.ts';
import type { Coding, Id, ProjectData } from '../../../shared/model.ts';
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

/** What the crosstab's controls choose (CrosstabControls); `hideEmpty` only changes which rows are shown. */
export type CrosstabChoice = { by: ColumnBy; measure: Measure; rollup: boolean; includeModerator: boolean };

/** The crosstab Compare opens with: codings per perspective, moderator left out. */
export const DEFAULT_CROSSTAB: CrosstabChoice = {
  by: { kind: 'perspective' },
  measure: 'codings',
  rollup: false,
  includeModerator: false,
};

/** The crosstab as shown, and (without roll-up) the rows with sub-codes rolled up, for their "(Σ n)". */
export type CrosstabTables = { table: Crosstab; rolled: Crosstab | null };

// Tables already computed, per analysis index (by its coding list, which a spread copy of the index shares).
const tables = new WeakMap<readonly Id[], Map<string, CrosstabTables>>();
const KEPT_TABLES = 8;

/**
 * The crosstab of `index` for a choice, computed once per index and choice: on a study each table is a pass over
 * 100,000 codings, which returning to Compare, or switching a control back, need not repeat.
 */
export function crosstabsOf(index: AnalysisIndex, choice: CrosstabChoice, lang: 'nl' | 'en'): CrosstabTables {
  const { by, measure, rollup, includeModerator } = choice;
  const key = JSON.stringify([by, measure, rollup, includeModerator, lang]);
  let known = tables.get(index.codingIds);
  if (!known) tables.set(index.codingIds, (known = new Map()));
  const hit = known.get(key);
  if (hit) return hit;
  const options = { by, measure, rollup, includeModerator, lang };
  const table = crosstab(index, options);
  const parents = rollup ? [] : table.rows.filter((r) => r.hasChildren).map((r) => r.codeId);
  const rolled =
    parents.length === 0 ? null : crosstab(index, { ...options, rollup: true, codeIds: parents });
  const result = { table, rolled };
  if (known.size >= KEPT_TABLES) known.delete(known.keys().next().value!);
  known.set(key, result);
  return result;
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
 * coded material, builds the analysis index and computes the crosstab Compare opens with (three tasks, so that
 * they do not freeze the page as one; `lang` gives the crosstab's column names). After
 * writes it only reads what they touched (a document's list, milliseconds): rebuilding a study's index is a
 * task of a few hundred milliseconds, which must not land between the keys of someone coding. Returns the
 * function that stops it.
 */
export function prepareAnalysisInBackground(db: ProjectDb, lang: () => 'nl' | 'en'): () => void {
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
  read((material) => {
    const index = analysisIndexOf(material);
    cancelIdle = idle(() => void crosstabsOf(index, DEFAULT_CROSSTAB, lang()));
  });
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
