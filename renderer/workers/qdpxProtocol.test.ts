import { describe, expect, it } from 'vitest';
import { readProject } from '../../shared/exchange/projectRead.ts';
import { writeProject, writeProjectXml } from '../../shared/exchange/projectWrite.ts';
import type { ExchangeProgress } from '../../shared/exchange/progress.ts';
import { sampleProject } from '../../shared/exchange/testProject.ts';
import { progressMessage, progressPercent } from '../features/export/exchangeProgress.ts';
import type { ProjectImport } from '../../shared/exchange/projectRead.ts';
import {
  failedRead,
  joinRead,
  partItems,
  splitRead,
  progressThrottle,
  requestTransfer,
  runQdpxRequest,
  transferablesOf,
  type QdpxPart,
  type QdpxReply,
  type QdpxRequest,
} from './qdpxProtocol.ts';

const nowOf = (read: { ok: true; data: ProjectImport }) => read.data.project.codings[0]?.createdAt;

const noProject = () => Promise.reject(new Error('not asked for'));

/** Runs one request and returns every reply, in order. */
async function replies(
  request: QdpxRequest,
  load: (id: string, name: string) => Promise<ReturnType<typeof sampleProject>> = noProject,
): Promise<QdpxReply[]> {
  const out: QdpxReply[] = [];
  await runQdpxRequest(request, (reply) => out.push(reply), load);
  return out;
}

const stages = (list: QdpxReply[]) => list.flatMap((r) => (r.kind === 'progress' ? [r.progress.stage] : []));

describe('qdpx worker protocol: reading', () => {
  it('reads a .qdpx: progress through unzip, parse, every source and speakers, then one read reply', async () => {
    const bytes = writeProject(sampleProject());
    const out = await replies({ kind: 'read', fileName: 'Studie.qdpx', bytes });
    expect([...new Set(stages(out))]).toEqual(['unzip', 'parse', 'sources', 'speakers']);
    const last = out.at(-1)!;
    expect(out.filter((r) => r.kind === 'read' || r.kind === 'written' || r.kind === 'failed')).toHaveLength(
      1,
    );
    if (last.kind !== 'read' || !last.result.ok) throw new Error('not read');
    // The lists come in parts before the rest.
    expect(last.result.data.project.documents).toEqual([]);
    const joined = joinRead(
      last.result,
      out.filter((r): r is QdpxPart => r.kind === 'part'),
    );
    if (!joined.ok) throw new Error('not joined');
    expect(joined.data.project.documents.map((d) => d.text)).toEqual(
      sampleProject().documents.map((d) => d.text),
    );
    expect(joined.data.project.codings).toHaveLength(sampleProject().codings.length);
    expect(joined).toEqual(readProject(bytes.slice(), { now: nowOf(joined) }));
  });

  it('reads a bare project.qde by its name', async () => {
    const bytes = new TextEncoder().encode(writeProjectXml(sampleProject()));
    const out = await replies({ kind: 'read', fileName: 'PROJECT.QDE', bytes });
    const last = out.at(-1)!;
    expect(last.kind === 'read' && last.result.ok).toBe(true);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'exchange.zip.empty'],
    [
      'a file that is not a zip',
      new TextEncoder().encode('Dit is geen zip, maar tekst.'),
      'exchange.zip.notZip',
    ],
    ['a zip without project.qde', writeZipWithout(), 'exchange.project.noQde'],
    ['malformed XML', new TextEncoder().encode('<Project><Sources>'), 'exchange.xml.malformed'],
  ])('refuses %s with the same message key as reading in the page', async (_what, bytes, reason) => {
    const fileName = reason === 'exchange.xml.malformed' ? 'project.qde' : 'x.qdpx';
    const out = await replies({ kind: 'read', fileName, bytes: bytes.slice() });
    const last = out.at(-1)!;
    expect(last).toMatchObject({ kind: 'read', result: { ok: false, reason } });
  });
});

function writeZipWithout(): Uint8Array {
  // A valid .qdpx with its project.qde renamed: a zip, but no project in it.
  const bytes = writeProject(sampleProject());
  const name = new TextEncoder().encode('project.qde');
  const other = new TextEncoder().encode('project.txt');
  for (let i = 0; i + name.length <= bytes.length; i++)
    if (name.every((b, j) => bytes[i + j] === b)) bytes.set(other, i);
  expect(readProject(bytes)).toMatchObject({ ok: false, reason: 'exchange.project.noQde' });
  return bytes;
}

describe('qdpx worker protocol: writing', () => {
  it('writes the project it loads by id: progress load → sources → zip, then the bytes', async () => {
    const asked: string[] = [];
    const out = await replies(
      { kind: 'write', projectId: 'p1', name: 'Studie', lang: 'en' },
      async (id, name) => {
        asked.push(`${id}:${name}`);
        return { ...sampleProject(), name };
      },
    );
    expect(asked).toEqual(['p1:Studie']);
    expect([...new Set(stages(out))]).toEqual(['load', 'sources', 'zip']);
    const last = out.at(-1)!;
    if (last.kind !== 'written') throw new Error(`got ${last.kind}`);
    const back = readProject(last.bytes);
    expect(back.ok && back.data.project.name).toBe('Studie');
  });

  it('turns an error while loading or writing into a failed reply with its message, never a throw', async () => {
    const out = await replies({ kind: 'write', projectId: 'p1', name: 'x', lang: 'nl' }, () =>
      Promise.reject(new Error('database closed')),
    );
    expect(out.at(-1)).toEqual({ kind: 'failed', detail: 'database closed' });
  });
});

describe('qdpx worker protocol: progress, transfers and failures', () => {
  it('sends the first progress of each step and the last source, and at most one per interval between', () => {
    const sent: ExchangeProgress[] = [];
    let clock = 0;
    const progress = progressThrottle(
      (p) => sent.push(p),
      50,
      () => clock,
    );
    progress({ stage: 'unzip', done: 0, total: 1 });
    for (let i = 0; i < 70; i++) {
      progress({ stage: 'sources', done: i, total: 70 });
      clock += 10;
    }
    progress({ stage: 'speakers', done: 0, total: 1 });
    expect(sent[0]).toEqual({ stage: 'unzip', done: 0, total: 1 });
    expect(sent[1]).toEqual({ stage: 'sources', done: 0, total: 70 });
    // 700 ms of sources at one message per 50 ms, plus the last one.
    const sources = sent.filter((p) => p.stage === 'sources');
    expect(sources.length).toBeGreaterThanOrEqual(14);
    expect(sources.length).toBeLessThanOrEqual(16);
    expect(sources.at(-1)).toEqual({ stage: 'sources', done: 69, total: 70 });
    expect(sent.at(-1)).toEqual({ stage: 'speakers', done: 0, total: 1 });
  });

  it('sends long lists in parts of at most 4,000 records (5 documents) and joins them back in order', () => {
    const project = sampleProject();
    const coding = project.codings[0]!;
    project.codings = Array.from({ length: 10_001 }, (_, i) => ({ ...coding, id: `c${i}` }));
    project.documents = Array.from({ length: 12 }, (_, i) => ({ ...project.documents[0]!, id: `d${i}` }));
    const result = { ok: true as const, data: { project, report: [], detected: [], media: new Map() } };
    const { parts, rest } = splitRead(result);
    expect(parts.filter((p) => p.list === 'codings').map((p) => partItems(p).length)).toEqual([
      4000, 4000, 2001,
    ]);
    expect(parts.filter((p) => p.list === 'documents').map((p) => partItems(p).length)).toEqual([5, 5, 2]);
    expect(rest.ok && rest.data.project.codings).toEqual([]);
    expect(joinRead(rest, parts)).toEqual(result);
    // As posted to the page: the records' arrays moved with the message.
    const posted = parts.map((part) => structuredClone(part, { transfer: transferablesOf(part) }));
    expect(parts.some((part) => !Array.isArray(part.items) && part.items.tags.byteLength === 0)).toBe(true);
    expect(joinRead(rest, posted)).toEqual(result);
    // A refusal has no parts.
    expect(splitRead({ ok: false, reason: 'exchange.zip.empty' })).toEqual({
      parts: [],
      rest: { ok: false, reason: 'exchange.zip.empty' },
    });
  });

  it('moves the bytes of a request and of a reply instead of copying them', () => {
    const bytes = new Uint8Array(16);
    expect(requestTransfer({ kind: 'read', fileName: 'a.qdpx', bytes })).toEqual([bytes.buffer]);
    // A view on part of a buffer is copied (moving would take the rest of the buffer along).
    expect(requestTransfer({ kind: 'read', fileName: 'a.qdpx', bytes: bytes.subarray(4) })).toEqual([]);
    const media = new Map([['r1', new Uint8Array(8)]]);
    expect(requestTransfer({ kind: 'write', projectId: 'p', name: 'n', lang: 'nl', media })).toEqual([
      media.get('r1')!.buffer,
    ]);
    const written = new Uint8Array(4);
    expect(transferablesOf({ kind: 'written', bytes: written })).toEqual([written.buffer]);
    expect(transferablesOf({ kind: 'progress', progress: { stage: 'zip', done: 0, total: 1 } })).toEqual([]);
  });

  it('says a job that ended without an answer as a refusal with a message key', () => {
    expect(failedRead('out of memory')).toEqual({
      ok: false,
      reason: 'exchange.worker.failed',
      params: { detail: 'out of memory' },
    });
  });

  it('puts the steps on one bar: reading and writing end at 100 %, sources counted from 1', () => {
    expect(progressPercent({ stage: 'unzip', done: 0, total: 1 })).toBe(0);
    expect(progressPercent({ stage: 'sources', done: 35, total: 70 })).toBe(55);
    expect(progressPercent({ stage: 'speakers', done: 1, total: 1 })).toBe(100);
    expect(progressPercent({ stage: 'zip', done: 1, total: 1 })).toBe(100);
    expect(progressMessage({ stage: 'sources', done: 69, total: 70 })).toEqual({
      key: 'export.stage.sources',
      params: { done: 70, total: 70 },
    });
  });
});
