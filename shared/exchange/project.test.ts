import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import type { ProjectData } from '../model.ts';
import { readProject, readProjectXml } from './projectRead.ts';
import { writeProject, writeProjectXml } from './projectWrite.ts';
import { sampleProject } from './testProject.ts';

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
  it('writes a project.qde that is valid against Project.xsd', () => {
    const xml = writeProjectXml(sampleProject());
    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(schemaErrors(xml, 'Project')).toBe('');
  });

  it('writes sources as sources/<guid>.txt and selections in code points', () => {
    const project = sampleProject();
    const files = unzipSync(writeProject(project));
    expect(Object.keys(files).sort()).toEqual([
      'project.qde',
      'sources/11111111-1111-4111-8111-111111111111.txt',
      'sources/22222222-2222-4222-8222-222222222222.txt',
    ]);
    const xml = new TextDecoder().decode(files['project.qde']);
    const coding = project.codings[2]!;
    const text = project.documents[0]!.text;
    const cpStart = [...text.slice(0, coding.start)].length;
    const cpEnd = [...text.slice(0, coding.end)].length;
    expect(cpStart).toBeLessThan(coding.start);
    expect(xml).toContain(`startPosition="${cpStart}" endPosition="${cpEnd}"`);
    expect(xml).toContain('plainTextPath="internal://11111111-1111-4111-8111-111111111111.txt"');
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
    expect(result.data.report.map((w) => w.key)).toEqual([
      'exchange.warning.sourceMissing',
      'exchange.warning.sourceMissing',
    ]);
    expect(result.data.project.codes).toHaveLength(sampleProject().codes.length);
  });
});
