import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import { citationLookup, resolveCitation } from '../synthesis/citations.ts';
import { synthesisTestProject } from '../synthesis/testContent.ts';
import { readProject } from './projectRead.ts';
import { writeProject } from './projectWrite.ts';
import { SYNTHESIS_ENTRY, summaryNoteGuid } from './summaryNotes.ts';

const files = (bytes: Uint8Array) => unzipSync(bytes);

describe('summaries in .qdpx', () => {
  const project = synthesisTestProject();
  const bytes = writeProject(project);
  const qde = strFromU8(files(bytes)['project.qde']!);

  it('writes them as notes other tools show, linked to the codes and codings, valid against Project.xsd', () => {
    expect(schemaErrors(qde, 'Project')).toBe('');
    expect(qde).toContain('name="Samenvatting: T — ouders"');
    expect(qde).toContain('Ouders vinden het gesprek goed [1].\n\n[1] “het gesprek goed” (Groep A)');
    expect(qde).toContain('name="Synthese: T"');
    expect(qde).toContain('name="Profiel: jongeren"');
    expect(qde).toContain('name="Kernquote: X — jongeren"');
    const guid = summaryNoteGuid('s1');
    // Linked from code T and from the cited coding c2.
    expect(qde.match(new RegExp(`<NoteRef targetGUID="${guid}"/>`, 'g'))).toHaveLength(2);
    const notes = qde.slice(qde.indexOf('<Notes>'), qde.indexOf('</Notes>'));
    expect(notes).not.toContain('[koor:');
  });

  it('restores them as summaries and key quotes, not as memos; export → import → export is lossless', () => {
    const read = readProject(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const back = read.data.project;
    // Ids become the .qdpx GUIDs; everything else comes back as it was, pointing at the same codes and words.
    const codeName = (id: string | null, codes = back.codes) => codes.find((c) => c.id === id)?.name ?? null;
    expect(back.summaries!.map((s) => ({ ...s, codeId: codeName(s.codeId), citations: [] }))).toEqual(
      project.summaries!.map((s) => ({ ...s, codeId: codeName(s.codeId, project.codes), citations: [] })),
    );
    const lookup = citationLookup(back.codings, back.documents);
    const texts = back.summaries!.flatMap((s) =>
      s.citations.map((c) => {
        const r = resolveCitation(c, lookup);
        return r.status === 'ok' ? r.text : r.reason;
      }),
    );
    expect(texts).toEqual(['het gesprek goed', 'heel fijn']);
    expect(
      back.keyQuotes!.map((q) => ({
        display: q.display,
        code: codeName(q.cell.codeId),
        column: q.cell.column,
      })),
    ).toEqual([
      { display: undefined, code: 'T', column: { by: 'perspective', value: 'ouders' } },
      { display: 'zijn …', code: 'X', column: { by: 'perspective', value: 'jongeren' } },
    ]);
    expect(read.data.project.memos).toEqual([]);
    // Once the ids are GUIDs (the first import), every further export and import is identical.
    const second = writeProject(back);
    const reread = readProject(second);
    expect(reread.ok && reread.data.project.summaries).toEqual(back.summaries);
    expect(reread.ok && reread.data.project.keyQuotes).toEqual(back.keyQuotes);
    const third = files(writeProject(reread.ok ? reread.data.project : back));
    expect(strFromU8(third['project.qde']!)).toBe(strFromU8(files(second)['project.qde']!));
    expect(strFromU8(third[SYNTHESIS_ENTRY]!)).toBe(strFromU8(files(second)[SYNTHESIS_ENTRY]!));
  });

  it('keeps the memos a project has beside its summaries', () => {
    const withMemo = {
      ...project,
      memos: [
        { id: 'm', target: 'code:T', title: 'Memo', text: 'eigen memo', updatedAt: '2025-01-01T00:00:00Z' },
      ],
    };
    const read = readProject(writeProject(withMemo));
    expect(read.ok && read.data.project.memos.map((m) => m.text)).toEqual(['eigen memo']);
    expect(read.ok && read.data.project.summaries?.length).toBe(3);
  });

  it('reads a damaged entry with a warning and loses nothing else', () => {
    const zipped = files(bytes);
    zipped[SYNTHESIS_ENTRY] = new TextEncoder().encode('{"summaries": [{"id": 1}], "keyQuotes": "x"}');
    const read = readProject(zipSync(zipped));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data.project.summaries).toEqual([]);
    expect(read.data.project.codings).toHaveLength(project.codings.length);
    expect(read.data.report).toContainEqual({ key: 'synthesis.exchange.dropped', params: { count: 1 } });
    zipped[SYNTHESIS_ENTRY] = new TextEncoder().encode('not json');
    const broken = readProject(zipSync(zipped));
    expect(broken.ok && broken.data.report).toContainEqual({ key: 'synthesis.exchange.unreadable' });
  });

  it('writes no entry and no notes for a project without summaries', () => {
    const { summaries: _s, keyQuotes: _k, ...plain } = project;
    const zipped = files(writeProject(plain));
    expect(zipped[SYNTHESIS_ENTRY]).toBeUndefined();
    expect(strFromU8(zipped['project.qde']!)).not.toContain('<Notes>');
  });
});
