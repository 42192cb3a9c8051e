import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type * as crosstabModule from '../../../shared/analysis/crosstab.ts';
import { crosstab } from '../../../shared/analysis/crosstab.ts';
import { testProject } from '../../../shared/analysis/testProject.ts';
import { codedMaterial } from '../../db/codedMaterial.ts';
import { History } from '../../db/history.ts';
import { openProjectDb, type ProjectDb } from '../../db/schema.ts';
import {
  analysisIndexOf,
  crosstabsOf,
  DEFAULT_CROSSTAB,
  prepareAnalysisInBackground,
  type CrosstabChoice,
} from './analysisCache.ts';

// The real crosstab, counted: which tables were computed, and when.
vi.mock('../../../shared/analysis/crosstab.ts', async (original) => {
  const actual = await original<typeof crosstabModule>();
  return { ...actual, crosstab: vi.fn(actual.crosstab) };
});
const computed = vi.mocked(crosstab);

const dbs: ProjectDb[] = [];
afterEach(async () => {
  computed.mockClear();
  for (const db of dbs.splice(0)) {
    await db.delete();
  }
});

describe('crosstabsOf', () => {
  it('computes the table, and the rows with sub-codes rolled up, as crosstab does', () => {
    const index = buildAnalysisIndex(testProject());
    const { table, rolled } = crosstabsOf(index, DEFAULT_CROSSTAB, 'nl');
    expect(table).toEqual(crosstab(index, { ...DEFAULT_CROSSTAB, lang: 'nl' }));
    // Only T has sub-codes (T1, T2).
    expect(rolled).toEqual(
      crosstab(index, { ...DEFAULT_CROSSTAB, lang: 'nl', rollup: true, codeIds: ['T'] }),
    );
    // Rolled up already: nothing more to roll up.
    expect(crosstabsOf(index, { ...DEFAULT_CROSSTAB, rollup: true }, 'nl').rolled).toBeNull();
  });

  it('computes a table once per index, choice and language; a copy of the index shares them', () => {
    const project = testProject();
    const index = buildAnalysisIndex(project);
    const first = crosstabsOf(index, DEFAULT_CROSSTAB, 'nl');
    computed.mockClear();
    // The settings of the controls carry `hideEmpty` too, which only hides rows.
    expect(crosstabsOf({ ...index, project: { ...project } }, { ...DEFAULT_CROSSTAB }, 'nl')).toBe(first);
    expect(computed).not.toHaveBeenCalled();
    expect(crosstabsOf(index, { ...DEFAULT_CROSSTAB, measure: 'documents' }, 'nl')).not.toBe(first);
    expect(crosstabsOf(index, DEFAULT_CROSSTAB, 'en')).not.toBe(first);
    expect(crosstabsOf(buildAnalysisIndex(project), DEFAULT_CROSSTAB, 'nl')).not.toBe(first);
  });

  it('keeps the eight tables used last per index', () => {
    const index = buildAnalysisIndex(testProject());
    const choices: CrosstabChoice[] = (['codings', 'documents', 'speakers', 'per1000'] as const).flatMap(
      (measure) =>
        [false, true].map((includeModerator) => ({ ...DEFAULT_CROSSTAB, measure, includeModerator })),
    );
    const tables = choices.map((choice) => crosstabsOf(index, choice, 'nl'));
    expect(choices.map((choice) => crosstabsOf(index, choice, 'nl'))).toEqual(tables);
    expect(crosstabsOf(index, { ...DEFAULT_CROSSTAB, measure: 'percentOfTurns' }, 'nl')).toBeDefined();
    expect(crosstabsOf(index, choices[0]!, 'nl')).not.toBe(tables[0]);
    expect(crosstabsOf(index, choices[7]!, 'nl')).toBe(tables[7]);
  });
});

describe('prepareAnalysisInBackground', () => {
  it('computes the crosstab Compare opens with, in the language of the moment, before Compare asks for it', async () => {
    const db = openProjectDb(crypto.randomUUID());
    dbs.push(db);
    const { documents, speakers, turns, codes, codings } = testProject();
    await new History(db).commit('setup', {
      codes: { put: codes },
      documents: { insert: documents },
      speakers: { insert: speakers },
      turns: { insert: turns },
      codings: { put: codings },
    });
    const stop = prepareAnalysisInBackground(db, () => 'en');
    // The table and its rolled-up rows.
    await vi.waitFor(() => expect(computed).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    stop();
    computed.mockClear();
    const index = analysisIndexOf(await codedMaterial(db).load());
    expect(crosstabsOf(index, DEFAULT_CROSSTAB, 'en').table.columns.length).toBeGreaterThan(0);
    expect(computed).not.toHaveBeenCalled();
  });
});
