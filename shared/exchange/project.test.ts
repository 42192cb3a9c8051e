import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { fixtureBytes, schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import type { ProjectData } from '../model.ts';
import { readProject, readProjectAsync, readProjectXml } from './projectRead.ts';
import { writeProject, writeProjectAsync, writeProjectParts, writeProjectXml } from './projectWrite.ts';
import { sampleProject } from './testProject.ts';
import { derivedGuid } from './guids.ts';
import { synthesisTestProject } from '../synthesis/testContent.ts';

function sorted(project: ProjectData): ProjectData {
  const byId = <T extends { id: string }>(list: T[]): T[] =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...project,
    documents: byId(project.documents),
    speakers: byId(project.speakers),
    turns: byId(project.turns),
    codes: byId(project.codes),
    codings: byId(project.codings),
    coders: byId(project.coders),
    memos: byId(project.memos),
  };
}

describe('REFI-QDA project', () => {
  it('writes byte for byte the project.qde and koor.json it wrote before the writer was made faster', () => {
    // A hash of what the writer gave before its per-coding shortcuts (coder and date reused, notes by coding
    // id, summary notes without a map of every coding): a change here changes every exported file.
    const written = [sampleProject(), synthesisTestProject()].map((project) => {
      const parts = writeProjectParts(project, { lang: 'en' });
      return [derivedGuid(parts.xml), derivedGuid(parts.koor)];
    });
    expect(written).toEqual([
      ['5ff7764f-5d6b-587a-89a5-d8df701010f7', '14f216ce-61fb-5204-b5d3-b53572ba6937'],
      ['10ba1b8c-9880-55c5-967a-5aedfc81b29b', '726e41c1-89a4-55f4-9695-73a2bf0e0386'],
    ]);
  });

  it('writes a project.qde that is valid against Project.xsd', () => {
    const xml = writeProjectXml(sampleProject());
    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(schemaErrors(xml, 'Project')).toBe('');
  });

  it('writes sources as sources/<guid>.txt, koor.json, and selections in code points', () => {
    const project = sampleProject();
    const files = unzipSync(writeProject(project));
    expect(Object.keys(files).sort()).toEqual([
      'koor.json',
      'project.qde',
      'sources/11111111-1111-4111-8111-111111111111.txt',
      'sources/22222222-2222-4222-8222-222222222222.txt',
    ]);
    const xml = new TextDecoder().decode(files['project.qde']);
    const source = new TextDecoder().decode(files['sources/11111111-1111-4111-8111-111111111111.txt']);
    const coding = project.codings[2]!;
    const coded = project.documents[0]!.text.slice(coding.start, coding.end);
    // Positions count code points of the labelled text: the emoji before the coding is one, not two.
    const start = source.indexOf(coded);
    const cpStart = [...source.slice(0, start)].length;
    const cpEnd = cpStart + [...coded].length;
    expect(cpStart).toBeLessThan(start);
    expect(xml).toContain(`startPosition="${cpStart}" endPosition="${cpEnd}"`);
    expect(xml).toContain('plainTextPath="internal://11111111-1111-4111-8111-111111111111.txt"');
  });

  it("still reads a file of Koor's first writer ([koor:…] annotations) into the same model", () => {
    const read = readProject(fixtureBytes('koor-v1/sample.qdpx'), { now: '2000-01-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.reason);
    expect(read.data.report).toEqual([]);
    expect(read.data.detected).toEqual([]);
    const { name, documents, speakers, turns, codes, codings, coders, memos, attributes } =
      sorted(sampleProject());
    // The file keeps the colours its codes had then (the built-in template's colours changed since): each
    // code's colour is read from its Code element, everything else is the same model.
    const qde = new TextDecoder().decode(unzipSync(fixtureBytes('koor-v1/sample.qdpx'))['project.qde']);
    const fileColors = new Map(
      Array.from(qde.matchAll(/<Code guid="([^"]+)"[^>]*?color="(#[0-9A-Fa-f]{6})"/g), (m) => [m[1], m[2]]),
    );
    const project = sorted(read.data.project);
    expect(project.codes.map((code) => code.color)).toEqual(
      project.codes.map((code) => fileColors.get(code.id)),
    );
    expect(project).toEqual({
      name,
      documents,
      speakers,
      turns,
      codes: codes.map((code) => ({ ...code, color: fileColors.get(code.id) })),
      codings,
      coders,
      memos,
      attributes,
    });
  });

  it('round-trips export → import → export unchanged', () => {
    const original = sampleProject();
    const first = writeProject(original);
    const imported = readProject(first, { now: '2000-01-01T00:00:00.000Z' });
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.data.report).toEqual([]);
    expect(sorted(imported.data.project)).toEqual(sorted(original));
    const again = writeProject(imported.data.project);
    const xml1 = new TextDecoder().decode(unzipSync(first)['project.qde']);
    const xml2 = new TextDecoder().decode(unzipSync(again)['project.qde']);
    expect(xml2).toBe(xml1);
  });

  it("reads the same project with the platform's inflater as in JavaScript", async () => {
    const now = '2000-01-01T00:00:00.000Z';
    for (const bytes of [writeProject(sampleProject()), fixtureBytes('koor-v1/sample.qdpx')]) {
      const inJs = readProject(bytes, { now });
      expect(inJs.ok).toBe(true);
      expect(await readProjectAsync(bytes, { now })).toEqual(inJs);
    }
    expect(await readProjectAsync(new Uint8Array(0))).toEqual(readProject(new Uint8Array(0)));
  });

  it('writes the same entries when the platform deflates them', async () => {
    const original = sampleProject();
    const inJs = unzipSync(writeProject(original));
    const native = unzipSync(await writeProjectAsync(original));
    expect(Object.keys(native).sort()).toEqual(Object.keys(inJs).sort());
    const text = (files: Record<string, Uint8Array>) =>
      Object.fromEntries(
        Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
      );
    expect(text(native)).toEqual(text(inJs));
  });

  it('puts codings back on the same text', () => {
    const original = sampleProject();
    const imported = readProject(writeProject(original));
    if (!imported.ok) throw new Error(imported.reason);
    const text = (p: ProjectData, id: string): string => {
      const c = p.codings.find((x) => x.id === id)!;
      return p.documents.find((d) => d.id === c.documentId)!.text.slice(c.start, c.end);
    };
    for (const coding of original.codings)
      expect(text(imported.data.project, coding.id)).toBe(text(original, coding.id));
    expect(text(imported.data.project, original.codings[2]!.id)).toBe('café & école 😀😀 dat was fijn');
  });

  it('reads a bare project.qde and reports sources whose text is not inside', () => {
    const result = readProjectXml(writeProjectXml(sampleProject()));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.project.documents).toHaveLength(0);
    expect(result.data.report.filter((w) => w.key === 'exchange.warning.sourceMissing')).toHaveLength(2);
    expect(result.data.project.codes).toHaveLength(sampleProject().codes.length);
  });
});
