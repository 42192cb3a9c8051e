import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Code, Coding, ProjectData } from '../../shared/model.ts';
import { mergeCoderWork } from '../../shared/rigour/mergeCoder.ts';
import { buildAnalysisIndex } from '../../shared/analysis/analysisIndex.ts';
import { applyPseudonymisation, planPseudonymisation } from '../../shared/rigour/pseudonymise.ts';
import { citeCoding } from '../../shared/synthesis/citations.ts';
import { cellFragments } from '../../shared/synthesis/fragments.ts';
import { summaryGrid } from '../../shared/synthesis/grid.ts';
import { synthesisReport } from '../../shared/synthesis/reportData.ts';
import { synthesisJson } from '../../shared/synthesis/reportJson.ts';
import { importProjectData } from './exchange.ts';
import { loadProjectData } from './projectData.ts';
import { openProject, type ProjectSession } from './projects.ts';
import { applyPseudonyms, mergeProjectData } from './rigour.ts';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) {
    session.db.close();
    await Dexie.delete(session.db.name);
  }
});

const TEXT = 'Erik: Ik vind het label te makkelijk.\nLoes: Erik heeft gelijk, taal is niet neutraal.';

const code = (id: string, name: string): Code => ({
  id,
  parentId: null,
  name,
  color: '#112233',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order: 0,
  codable: true,
});

const coding = (id: string, coderId: string, start: number, end: number): Coding => ({
  id,
  documentId: 'doc',
  codeId: 'taal',
  start,
  end,
  coderId,
  createdAt: '2026-03-01T10:00:00.000Z',
});

/** One document, two speakers and turns, a code and one coding by coder A. */
function baseProject(): ProjectData {
  const second = TEXT.indexOf('Loes:');
  return {
    name: 'Test',
    documents: [
      {
        id: 'doc',
        name: 'Onderzoekers',
        format: 'txt',
        text: TEXT,
        sourceHash: 'x',
        importedAt: '2026-03-01T10:00:00.000Z',
        attributes: {},
        order: 0,
      },
    ],
    speakers: [
      { id: 'erik', documentId: 'doc', label: 'Erik', name: 'Erik', role: 'participant', attributes: {} },
      { id: 'loes', documentId: 'doc', label: 'Loes', name: 'Loes', role: 'participant', attributes: {} },
    ],
    turns: [
      { id: 't1', documentId: 'doc', speakerId: 'erik', start: 6, end: second - 1 },
      { id: 't2', documentId: 'doc', speakerId: 'loes', start: second + 6, end: TEXT.length },
    ],
    codes: [code('taal', 'Taal')],
    codings: [coding('a1', 'A', TEXT.indexOf('label'), TEXT.indexOf('label') + 5)],
    coders: [{ id: 'A', name: 'Anna' }],
    memos: [],
    attributes: [],
  };
}

async function sessionWith(project: ProjectData): Promise<ProjectSession> {
  const id = crypto.randomUUID();
  await importProjectData(id, project);
  const session = openProject(id);
  sessions.push(session);
  return session;
}

describe('mergeProjectData', () => {
  it('adds the other coder, new codes and codings in one undoable step, never a document', async () => {
    const base = baseProject();
    const session = await sessionWith(base);
    const other: ProjectData = {
      ...baseProject(),
      documents: [{ ...base.documents[0]!, id: 'other-doc', name: 'Andere naam' }],
      codes: [code('taal', 'Taal'), code('breed', 'Brede blik')],
      coders: [{ id: 'B', name: 'Bram' }],
      codings: [
        { ...coding('b1', 'B', 0, 4), documentId: 'other-doc' },
        { ...coding('b2', 'B', 10, 20), documentId: 'other-doc', codeId: 'breed' },
      ],
    };
    const { project } = mergeCoderWork(await loadProjectData(session.db, 'Test'), other);
    const written = await mergeProjectData(session, base, project);
    expect(written).toEqual({ coders: 1, codes: 1, codings: 2 });
    const after = await loadProjectData(session.db, 'Test');
    expect(after.documents).toHaveLength(1);
    expect(after.codings.filter((c) => c.coderId === 'B').map((c) => c.documentId)).toEqual(['doc', 'doc']);
    expect(after.coders.map((c) => c.name).sort()).toEqual(['Anna', 'Bram']);
    expect(session.history.nextUndo).toBe('history.mergeCoder');

    await session.history.undo();
    const undone = await loadProjectData(session.db, 'Test');
    expect(undone.codings).toHaveLength(1);
    expect(undone.coders).toHaveLength(1);
    expect(undone.codes).toHaveLength(1);
  });

  it('writes nothing when the other project adds nothing', async () => {
    const base = baseProject();
    const session = await sessionWith(base);
    const written = await mergeProjectData(session, base, base);
    expect(written).toEqual({ coders: 0, codes: 0, codings: 0 });
    expect(session.history.size).toBe(0);
  });
});

describe('applyPseudonyms', () => {
  it('replaces names in text and speakers; codings stay on the same words; one undoable step', async () => {
    const base = baseProject();
    const session = await sessionWith(base);
    const plan = planPseudonymisation(base, [{ real: 'Erik', pseudonym: 'Onderzoeker 1' }]);
    expect(plan.replacements).toHaveLength(2);
    const written = await applyPseudonyms(session, base, applyPseudonymisation(base, plan));
    expect(written).toEqual({ documents: 1, speakers: 1 });

    const after = await loadProjectData(session.db, 'Test');
    const text = after.documents[0]!.text;
    expect(text).not.toContain('Erik');
    expect(text.startsWith('Onderzoeker 1: Ik vind')).toBe(true);
    const moved = after.codings[0]!;
    expect(text.slice(moved.start, moved.end)).toBe('label');
    const speaker = after.speakers.find((s) => s.id === 'erik')!;
    expect([speaker.name, speaker.label]).toEqual(['Onderzoeker 1', 'Onderzoeker 1']);
    const turn = after.turns.find((t) => t.id === 't2')!;
    expect(text.slice(turn.start, turn.start + 14)).toBe('Onderzoeker 1 ');
    expect(session.history.nextUndo).toBe('history.pseudonymise');

    await session.history.undo();
    const undone = await loadProjectData(session.db, 'Test');
    expect(undone.documents[0]!.text).toBe(TEXT);
    expect(undone.codings[0]!.start).toBe(TEXT.indexOf('label'));
    expect(undone.speakers.find((s) => s.id === 'erik')!.name).toBe('Erik');
  });

  it('keeps summary citations on their words and gives key quotes and summaries the pseudonym, in the grid, report and JSON', async () => {
    const quoted = 'Erik heeft gelijk, taal is niet neutraal.';
    const start = TEXT.indexOf(quoted);
    const base: ProjectData = {
      ...baseProject(),
      codings: [
        coding('a1', 'A', TEXT.indexOf('label'), TEXT.indexOf('label') + 5),
        coding('a2', 'A', start, start + quoted.length),
      ],
    };
    const cell = { codeId: 'taal', column: { by: 'document', value: 'doc' } };
    base.summaries = [
      {
        id: 's1',
        kind: 'cell',
        ...cell,
        text: 'Taal is niet neutraal, zegt LOES [1].',
        citations: [citeCoding(base.codings[1]!, 'cit1')],
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    ];
    base.keyQuotes = [{ id: 'k1', codingId: 'a2', cell, display: 'Erik heeft gelijk, …', createdAt: '' }];
    const session = await sessionWith(base);
    const before = await loadProjectData(session.db, 'Test');
    const table = [
      { real: 'Erik', pseudonym: 'Onderzoeker 1' },
      { real: 'Loes', pseudonym: 'Onderzoeker 2' },
    ];
    const plan = planPseudonymisation(before, table);
    expect(plan.displays).toEqual([
      { keyQuoteId: 'k1', before: 'Erik heeft gelijk, …', after: 'Onderzoeker 1 heeft gelijk, …' },
    ]);
    await applyPseudonyms(session, before, applyPseudonymisation(before, plan));

    const after = await loadProjectData(session.db, 'Test');
    const text = after.documents[0]!.text;
    const citation = after.summaries![0]!.citations[0]!;
    expect(text.slice(citation.start, citation.end)).toBe(
      'Onderzoeker 1 heeft gelijk, taal is niet neutraal.',
    );
    expect(after.keyQuotes![0]!.display).toBe('Onderzoeker 1 heeft gelijk, …');

    const index = buildAnalysisIndex(after);
    const grid = summaryGrid(index, { codeIds: ['taal'] });
    const fragment = cellFragments(index, grid, 0, 0).find((f) => f.codingId === 'a2')!;
    expect(fragment).toMatchObject({
      speakerName: 'Onderzoeker 2',
      keyQuote: { display: 'Onderzoeker 1 heeft gelijk, …' },
    });
    const report = synthesisReport(index, { codeIds: ['taal'] });
    const quote = report.rows[0]!.cells[0]!.keyQuotes[0]!;
    expect(quote).toMatchObject({
      text: 'Onderzoeker 1 heeft gelijk, taal is niet neutraal.',
      display: 'Onderzoeker 1 heeft gelijk, …',
      speaker: 'Onderzoeker 2',
    });
    expect(report.rows[0]!.cells[0]!.citations[0]).toMatchObject({
      broken: false,
      quote: { speaker: 'Onderzoeker 2' },
    });
    // What the researcher typed names nobody either: the summary (one undoable step with the rest).
    expect(report.rows[0]!.cells[0]!.summary).toBe('Taal is niet neutraal, zegt Onderzoeker 2 [1].');
    const json = JSON.stringify(synthesisJson(index, report));
    expect(json).toContain('"speaker":"Onderzoeker 2"');
    expect(json).not.toMatch(/Erik|Loes/);

    await session.history.undo();
    const undone = await loadProjectData(session.db, 'Test');
    expect(undone.keyQuotes![0]!.display).toBe('Erik heeft gelijk, …');
    expect(undone.summaries![0]!.citations[0]!.start).toBe(start);
    expect(undone.summaries![0]!.kind === 'cell' && undone.summaries![0]!.text).toBe(
      'Taal is niet neutraal, zegt LOES [1].',
    );
  });
});
