import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject, currentProjectName, deleteProject, renameProject } from './projects.ts';

const created: string[] = [];
afterEach(async () => {
  for (const id of created.splice(0)) await deleteProject(id);
});

describe('currentProjectName', () => {
  it('reads the name as stored at the moment of asking, so an export right after a rename uses the new one', async () => {
    const id = await createProject('  Wat is ieders normaal?  ');
    created.push(id);
    expect(await currentProjectName(id)).toBe('Wat is ieders normaal?');
    await renameProject(id, 'Normaliseren ronde 2');
    expect(await currentProjectName(id)).toBe('Normaliseren ronde 2');
  });

  it('is empty for a project that is gone (the file name then falls back to “Koor”)', async () => {
    const id = await createProject('Weg');
    await deleteProject(id);
    expect(await currentProjectName(id)).toBe('');
  });
});
