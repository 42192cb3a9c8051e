import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { code } from '../../shared/coding/fixtures.ts';
import { metaDb } from './meta.ts';
import {
  createProject,
  currentProjectName,
  deleteProject,
  openProject,
  renameProject,
  TOUCH_EVERY_MS,
} from './projects.ts';

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

describe('the changed time of a project', () => {
  const changedAt = async (id: string) => (await metaDb.projects.get(id))!.updatedAt;

  afterEach(() => vi.useRealTimers());

  it('moves with every change made in the project, at most once per interval, the last change included', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const id = await createProject('Codeerdag');
    created.push(id);
    const session = openProject(id);

    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    await session.history.commit('code', { codes: { put: [code('a', null, 0)] } });
    await vi.waitFor(async () => expect(await changedAt(id)).toBe('2026-12-02T10:00:00.000Z'));

    // Five seconds later: not at once, but when the interval is up.
    vi.setSystemTime(new Date('2026-12-02T10:00:05Z'));
    await session.history.commit('code', { codes: { put: [code('b', null, 1)] } });
    expect(await changedAt(id)).toBe('2026-12-02T10:00:00.000Z');
    await vi.advanceTimersByTimeAsync(TOUCH_EVERY_MS);
    await vi.waitFor(async () => expect(await changedAt(id)).not.toBe('2026-12-02T10:00:00.000Z'));
  });

  it('does not move for a setting of this computer (the current coder, pinned codes)', async () => {
    const id = await createProject('Alleen kijken');
    created.push(id);
    const before = await changedAt(id);
    await new Promise((r) => setTimeout(r, 5));
    await openProject(id).history.commit('pin', {
      settings: { put: [{ key: 'pinnedCodes', value: ['a'] }] },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await changedAt(id)).toBe(before);
  });
});
