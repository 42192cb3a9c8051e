import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coding } from '../../shared/model.ts';
import { codingCounts } from './codes.ts';
import { codeFragments } from './fragments.ts';
import { allCodings } from './lists.ts';
import { applyPatch } from './patch.ts';
import { codedMaterial } from './codedMaterial.ts';
import { openProjectDb, type ProjectDb } from './schema.ts';
import {
  BLIND_SETTING,
  shownCoder,
  TEAM_SETTING,
  visibleCodings,
  visibleDocumentCodings,
  withShownCodings,
} from './visible.ts';

const dbs: ProjectDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function coding(id: string, coderId: string, documentId = 'd1'): Coding {
  return { id, documentId, codeId: 'taal', coderId, start: 0, end: 5, createdAt: '2026-01-01T00:00:00Z' };
}

/** A project with Anna's (this computer's) and Bram's codings in two documents. */
async function project(settings: { shared: boolean; blind: boolean }): Promise<ProjectDb> {
  const db = openProjectDb(crypto.randomUUID());
  dbs.push(db);
  await applyPatch(db, {
    codings: {
      put: [
        coding('a1', 'anna'),
        coding('b1', 'bram'),
        coding('a2', 'anna', 'd2'),
        coding('b2', 'bram', 'd2'),
      ],
    },
    settings: {
      put: [
        { key: 'currentCoder', value: 'anna' },
        { key: BLIND_SETTING, value: settings.blind },
        ...(settings.shared
          ? [{ key: TEAM_SETTING, value: { server: 'ws://127.0.0.1:1', token: 'x' } }]
          : []),
      ],
    },
  });
  return db;
}

const ids = (codings: readonly Coding[]) => codings.map((c) => c.id).sort();

describe('the codings the screen shows', () => {
  it('are only this coder’s while coding blind in a shared project, in every document', async () => {
    const db = await project({ shared: true, blind: true });
    expect(ids(await visibleCodings(db))).toEqual(['a1', 'a2']);
    expect(ids(await visibleDocumentCodings(db, 'd2'))).toEqual(['a2']);
    // Writes, exports and Betrouwbaarheid still read everyone's.
    expect(await allCodings(db)).toHaveLength(4);
  });

  it('are everyone’s when not blind, or when the project is not shared', async () => {
    for (const settings of [
      { shared: true, blind: false },
      { shared: false, blind: true },
    ]) {
      const db = await project(settings);
      expect(ids(await visibleCodings(db))).toEqual(['a1', 'a2', 'b1', 'b2']);
      expect(ids(await visibleDocumentCodings(db, 'd1'))).toEqual(['a1', 'b1']);
    }
  });

  it('show nobody’s codings to a blind member without a coder name of their own', async () => {
    const db = await project({ shared: true, blind: true });
    await db.settings.delete('currentCoder');
    expect(await visibleCodings(db)).toEqual([]);
  });
});

/** Every source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('the views', () => {
  it('show only this coder’s codings while blind: analyses, counts and fragments', async () => {
    const db = await project({ shared: true, blind: true });
    await applyPatch(db, {
      documents: {
        put: ['d1', 'd2'].map((id, order) => ({
          id,
          name: id,
          format: 'txt' as const,
          text: 'Ouders zeggen dat.',
          sourceHash: id,
          importedAt: '2026-01-01T00:00:00Z',
          attributes: {},
          order,
        })),
      },
    });
    // Fragmenten, Vergelijken, Samenvatten and Dynamiek read the coded material as useProjectData does: the
    // store's material with the codings of shownCoder (null, everyone's, only when Betrouwbaarheid asks).
    const material = await codedMaterial(db).load();
    const coder = await shownCoder(db);
    expect(coder).toBe('anna');
    const shown = withShownCodings(material, coder);
    expect(ids(shown.codings)).toEqual(['a1', 'a2']);
    // The same array for the same material, so an analysis index built on it is reused.
    expect(withShownCodings(material, coder).codings).toBe(shown.codings);
    expect(ids(withShownCodings(material, null).codings)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(await codingCounts(db)).toEqual(new Map([['taal', 2]]));
    expect((await codeFragments(db, 'taal')).map((f) => f.codingId).sort()).toEqual(['a1', 'a2']);
  });

  it('read codings only through the visible accessors (or ask for everyone’s explicitly)', () => {
    // A view that read the stored lists itself would show others' codings while coding blind.
    const offenders = sources(path.resolve('renderer/features')).filter((file) =>
      /\b(allCodings|documentCodings)\b|db\.codingLists/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
    const everyone = sources(path.resolve('renderer/features')).filter((file) =>
      readFileSync(file, 'utf8').includes("'everyone'"),
    );
    // Only Betrouwbaarheid, where coders compare, reads everyone's codings.
    expect(everyone.map((f) => path.relative('renderer/features', f))).toEqual(['rigour/RigourSection.tsx']);
  });
});
