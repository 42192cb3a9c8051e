import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { fixtureBytes, fixtureText } from '../../tests/fixtures/refi-qda/support.ts';
import type { ProjectData } from '../model.ts';
import { readProject } from './projectRead.ts';
import { writeProject } from './projectWrite.ts';
import { sampleProject } from './testProject.ts';

/** Zips a hand-written tool export from tests/fixtures/refi-qda/<tool>/. */
function toolQdpx(tool: string, sourcePath: string): Uint8Array {
  return zipSync({
    'project.qde': strToU8(fixtureText(`${tool}/project.qde`)),
    [sourcePath]: fixtureBytes(`${tool}/${sourcePath}`),
  });
}

function codedText(project: ProjectData, index = 0): string {
  const coding = project.codings[index]!;
  return project.documents.find((d) => d.id === coding.documentId)!.text.slice(coding.start, coding.end);
}

function read(bytes: Uint8Array): { project: ProjectData; keys: string[] } {
  const result = readProject(bytes, { now: '2000-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.reason);
  return { project: result.data.project, keys: result.data.report.map((w) => w.key) };
}

describe('readProject from other tools', () => {
  it('reads NVivo (Sources/ folder, case attributes) and lands codings after an emoji', () => {
    const { project, keys } = read(toolQdpx('nvivo', 'Sources/5e0c1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b.txt'));
    // Two one-off "Name:" lines are too few to be sure they are speakers: the report says so.
    expect(keys).toEqual(['exchange.warning.noSpeakers']);
    expect(project.documents).toHaveLength(1);
    expect(codedText(project, 0)).toBe('gaf rust, één keer');
    expect(codedText(project, 1)).toBe('gewoon normaal');
    expect(project.documents[0]!.attributes).toEqual({ Perspectief: 'ervaringsdeskundige ouders' });
    expect(project.coders).toEqual([{ id: '5e0c1a2b-0000-4000-8000-000000000001', name: 'ND' }]);
  });

  it('reads ATLAS.ti (upper-case GUIDs) and reports the PDF source', () => {
    const { project, keys } = read(toolQdpx('atlasti', 'sources/6F1D2B3C-4D5E-4F60-8B7C-8D9E0F1A2B3C.txt'));
    expect(keys).toEqual(['exchange.warning.pdfSkipped', 'exchange.warning.noSpeakers']);
    expect(project.codes[0]!.id).toBe('6f1d2b3c-0000-4000-8000-0000000000c1');
    expect(project.codings[0]!.codeId).toBe(project.codes[0]!.id);
    expect(codedText(project)).toBe('Die diagnose');
    expect(project.memos).toEqual([
      expect.objectContaining({ target: `coding:${project.codings[0]!.id}`, text: 'Sterk citaat.' }),
    ]);
  });

  it('reads MAXQDA (source variables, file names matched case-insensitively) and reports the picture', () => {
    const { project, keys } = read(toolQdpx('maxqda', 'sources/7a2e3c4d-5e6f-4071-8c8d-9e0f1a2b3c4d.txt'));
    expect(keys).toEqual(['exchange.warning.pictureSkipped', 'exchange.warning.noSpeakers']);
    expect(project.documents[0]!.attributes).toEqual({
      Perspectief: 'ervaringsdeskundige jongeren',
      Deelnemers: '6',
    });
    expect(codedText(project)).toBe('gewoon normaal');
    expect(project.codes[1]!.parentId).toBe(project.codes[0]!.id);
  });

  it('reads QualCoder (relative:// path, case variables, coding memo, journal)', () => {
    const { project, keys } = read(toolQdpx('qualcoder', 'sources/8b3f4d5e-6f70-4182-9d9e-0f1a2b3c4d5e.txt'));
    expect(keys).toEqual(['exchange.warning.noSpeakers']);
    expect(project.documents[0]!.attributes.perspective).toBe('jeugdhulp');
    expect(codedText(project)).toBe('Die diagnose');
    expect(project.memos.map((m) => [m.target.split(':')[0], m.text])).toEqual([
      ['coding', 'Diagnose als geruststelling.'],
      ['project', 'Logboek dag 1.'],
    ]);
  });

  it('reports a source whose text file is missing', () => {
    const bytes = zipSync({ 'project.qde': strToU8(fixtureText('nvivo/project.qde')) });
    expect(read(bytes).keys).toEqual(['exchange.warning.sourceMissing']);
  });
});

describe('hostile project files', () => {
  const reason = (bytes: Uint8Array): string | undefined => {
    const result = readProject(bytes);
    return result.ok ? undefined : result.reason;
  };

  it('says an empty file is empty, not that it is no zip', () => {
    expect(reason(new Uint8Array(0))).toBe('exchange.zip.empty');
  });

  it('refuses a file that is not a zip', () => {
    expect(reason(strToU8('<Project name="x"/>'))).toBe('exchange.zip.notZip');
    expect(
      reason(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    ).toBe('exchange.zip.notZip');
  });

  it('refuses a zip bomb by its compression ratio before inflating', () => {
    const bomb = zipSync({ 'project.qde': [new Uint8Array(30 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(200_000);
    expect(reason(bomb)).toBe('exchange.zip.bomb');
  });

  it('refuses a zip whose declared sizes are too large, before inflating', () => {
    const zip = zipSync({ 'project.qde': [strToU8('<Project/>'), { level: 0 }] });
    // Patch the central directory's uncompressed size (offset 24 in the entry) to 2 GiB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0x7fffffff, true);
        view.setUint32(i + 20, 0x7fffffff / 100, true);
        break;
      }
    }
    expect(reason(zip)).toBe('exchange.zip.tooLarge');
  });

  it.each(['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'C:/Windows/evil.txt'])(
    'refuses the entry name %s',
    (name) => {
      const zip = zipSync({ 'project.qde': strToU8('<Project name="x"/>'), [name]: strToU8('x') });
      expect(reason(zip)).toBe('exchange.zip.unsafeName');
    },
  );

  it('refuses a project.qde with entities', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>';
    expect(reason(zipSync({ 'project.qde': strToU8(xml) }))).toBe('exchange.xml.entities');
  });

  it('refuses a zip without project.qde', () => {
    expect(reason(zipSync({ 'readme.txt': strToU8('hallo') }))).toBe('exchange.project.noQde');
  });

  it('still reads a normal Koor project', () => {
    expect(reason(writeProject(sampleProject()))).toBeUndefined();
  });
});
