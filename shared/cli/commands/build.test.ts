import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaErrors } from '../../../tests/fixtures/refi-qda/support.ts';
import { normaliserenTemplate } from '../../codebook/template.ts';
import { readProject } from '../../exchange/projectRead.ts';
import { main } from '../main.ts';

const transcripts = new URL('../../../tests/fixtures/transcripts/', import.meta.url).pathname;

async function koor(...args: string[]): Promise<number> {
  process.exitCode = undefined;
  const code = await main(['node', 'koor', ...args]);
  process.exitCode = undefined;
  return code;
}

describe('koor build with recordings', () => {
  it('puts a recording with the transcript of the same name into the .qdpx (valid against Project.xsd), and refuses one without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koor-build-'));
    try {
      const vtt = join(transcripts, '01_jongeren_teams.vtt');
      // Any bytes: the exchange carries the recording as it is (Koor reads its duration when it opens it).
      const mp3 = join(dir, '01_jongeren_teams.mp3');
      writeFileSync(mp3, new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]));
      const out = join(dir, 'project.qdpx');
      expect(await koor('build', '--out', out, vtt, mp3)).toBe(0);
      const bytes = new Uint8Array(readFileSync(out));
      const read = readProject(bytes);
      if (!read.ok) throw new Error(read.reason);
      const [recording] = read.data.project.recordings ?? [];
      expect(recording).toMatchObject({ fileName: '01_jongeren_teams.mp3', kind: 'audio' });
      expect(recording!.documentId).toBe(read.data.project.documents[0]!.id);
      expect(read.data.media.get(recording!.id)).toEqual(new Uint8Array(readFileSync(mp3)));
      const xml = new TextDecoder().decode(unzipSync(bytes)['project.qde']);
      expect(xml).toContain('<AudioSource');
      expect(schemaErrors(xml, 'Project')).toBe('');

      const stray = join(dir, 'ander gesprek.mp3');
      writeFileSync(stray, new Uint8Array([1, 2, 3]));
      const refused = join(dir, 'refused.qdpx');
      expect(await koor('build', '--out', refused, vtt, stray)).not.toBe(0);
      expect(() => readFileSync(refused)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('koor build / codebook / segments', () => {
  it('builds the seven fixtures with the Normaliseren codebook and exports a valid .qdc with every template code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koor-build-'));
    try {
      const files = readdirSync(transcripts)
        .filter((f) => /^0\d_/.test(f))
        .map((f) => join(transcripts, f));
      expect(files).toHaveLength(7);
      const attributes = join(dir, 'attributes.csv');
      writeFileSync(
        attributes,
        'bestand;perspectief;regio\n02_ouders_codes.txt;ervaringsdeskundige ouders;Zuid\n',
      );
      const out = join(dir, 'project.qdpx');
      expect(
        await koor('build', '--out', out, '--codebook', 'normaliseren', '--attributes', attributes, ...files),
      ).toBe(0);
      const project = readProject(new Uint8Array(readFileSync(out)));
      if (!project.ok) throw new Error(project.reason);
      expect(project.data.project.documents).toHaveLength(7);
      expect(project.data.project.turns.length).toBeGreaterThan(50);
      const ouders = project.data.project.documents.find((d) => d.name === '02_ouders_codes.txt')!;
      expect(ouders.attributes).toEqual({ perspective: 'ervaringsdeskundige ouders', regio: 'Zuid' });

      const qdc = join(dir, 'codebook.qdc');
      expect(await koor('codebook', out, '--format', 'qdc', '--out', qdc)).toBe(0);
      const xml = readFileSync(qdc, 'utf8');
      expect(schemaErrors(xml, 'Codebook')).toBe('');
      for (const code of normaliserenTemplate('nl'))
        expect(xml).toContain(`guid="${code.id}" name="${code.name}"`);

      for (const format of ['csv', 'xlsx', 'docx', 'md']) {
        expect(
          await koor('codebook', out, '--format', format, '--out', join(dir, `codebook.${format}`)),
        ).toBe(0);
      }
      expect(await koor('segments', out, '--out', join(dir, 'segments.csv'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with exit code 1 and writes nothing for a bad project file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koor-bad-'));
    try {
      writeFileSync(join(dir, 'bad.qdpx'), 'not a zip');
      expect(
        await koor('codebook', join(dir, 'bad.qdpx'), '--format', 'qdc', '--out', join(dir, 'out.qdc')),
      ).toBe(1);
      expect(readdirSync(dir)).toEqual(['bad.qdpx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
