import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalPdf } from '../../import/testing/pdf.ts';
import { main } from '../main.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url));

let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('koor inspect', () => {
  it('the bad-input fixtures are what the generators make', () => {
    expect(new Uint8Array(readFileSync(fixture('bad/encrypted.pdf')))).toEqual(
      minimalPdf({ encrypted: true, lines: ['Jan: Geheim.'] }),
    );
    expect(new Uint8Array(readFileSync(fixture('bad/image-only.pdf')))).toEqual(minimalPdf());
  });

  it.each([
    ['bad/empty.txt', 'empty.txt is empty'],
    ['bad/binary.txt', 'binary.txt holds no readable text'],
    ['bad/truncated.docx', 'truncated.docx is not a readable Word document'],
    ['bad/image-only.pdf', 'image-only.pdf has no text layer'],
  ])('%s fails with a clear message', async (name, message) => {
    expect(await main(['node', 'koor', 'inspect', fixture(name)])).toBe(1);
    expect(err).toContain(message);
  });

  it('prints one JSON object for one file', async () => {
    const code = await main([
      'node',
      'koor',
      'inspect',
      '--json',
      fixture('transcripts/02_ouders_codes.txt'),
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toMatchObject({
      file: '02_ouders_codes.txt',
      format: 'txt',
      encoding: 'utf-8',
      turns: 47,
      words: 1324,
    });
    expect(report.speakers).toContainEqual({ label: 'I', turns: 12, words: 202, role: 'moderator' });
  });

  it('prints an array for several files; a failing file gives its reason and exit code 1', async () => {
    const code = await main([
      'node',
      'koor',
      'inspect',
      '--json',
      fixture('transcripts/01_jongeren_teams.vtt'),
      fixture('bad/binary.txt'),
      fixture('transcripts/04_jeugdhulp.docx'),
    ]);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as Record<string, unknown>[];
    expect(reports.map((r) => r.file)).toEqual(['01_jongeren_teams.vtt', 'binary.txt', '04_jeugdhulp.docx']);
    expect(reports[1]).toMatchObject({ reason: 'import.binary' });
    expect(String(reports[1]!.error)).toContain('binary.txt holds no readable text');
    expect(reports[2]).toMatchObject({ format: 'docx', turns: 41 });
  });

  it('prints a readable summary, and reasons on stderr', async () => {
    const code = await main([
      'node',
      'koor',
      'inspect',
      fixture('transcripts/06_onderwijs.srt'),
      fixture('bad/encrypted.pdf'),
    ]);
    expect(code).toBe(1);
    expect(out).toContain('06_onderwijs.srt');
    expect(out).toMatch(/Gespreksleider\s+moderator\s+7 turns\s+113 words/);
    expect(err).toContain('encrypted.pdf is password-protected');
  });
});
