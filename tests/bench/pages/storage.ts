/**
 * The storage bench's page: the app's own storage code (createProjectFrom, loadProjectData) on Chromium's real
 * IndexedDB, with a generated study-sized project. The bench drives it through `window.koorStorageBench`.
 */
import { createProjectFrom } from '../../../renderer/db/exchange.ts';
import { loadProjectData } from '../../../renderer/db/projectData.ts';
import { deleteProject, openProject } from '../../../renderer/db/projects.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { generateCorpus } from '../corpus.ts';

let project: ProjectData | undefined;

/** Stores the project as the app stores an imported one, reads it back whole, checks nothing is lost. */
async function run(): Promise<{ store: number; load: number }> {
  project ??= generateCorpus({ documents: 70, charsPerDocument: 70_000, codings: 100_000, seed: 7 });
  const data = project;
  const started = performance.now();
  const id = await createProjectFrom('bench', data);
  const stored = performance.now();
  // A new connection, as when the project is opened later: nothing is served from this page's memory.
  openProject(id).db.close();
  const { db } = openProject(id);
  await db.open();
  const opened = performance.now();
  const back = await loadProjectData(db, 'bench');
  const loaded = performance.now();
  await deleteProject(id);
  const chars = back.documents.reduce((n, d) => n + d.text.length, 0);
  const expected = data.documents.reduce((n, d) => n + d.text.length, 0);
  if (
    back.codings.length !== data.codings.length ||
    back.turns.length !== data.turns.length ||
    chars !== expected
  ) {
    throw new Error(`storage lost data: ${back.codings.length} codings, ${chars} characters`);
  }
  return { store: stored - started, load: loaded - opened };
}

(globalThis as unknown as { koorStorageBench: typeof run }).koorStorageBench = run;
