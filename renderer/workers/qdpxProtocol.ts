/**
 * What the page and the .qdpx worker (qdpx.worker.ts) say to each other, and the work the worker does, as plain
 * functions: reading a project file (unzip, XML, records, speaker detection) and writing one (from the project's
 * database, so the page never holds or copies the whole project). Runs in the worker, and in the page itself
 * where no worker can be started.
 */
import { readProjectAsync, readProjectXml, type ProjectImport } from '../../shared/exchange/projectRead.ts';
import { writeProjectAsync } from '../../shared/exchange/projectWrite.ts';
import type { ExchangeProgress } from '../../shared/exchange/progress.ts';
import type { MediaBytes } from '../../shared/exchange/mediaWrite.ts';
import type { ProjectData, Result } from '../../shared/model.ts';
import { packedBuffers, packRecords, unpackRecords, type PackedRecords } from './packedRecords.ts';

/** The page asks: read this file, or write this project (read from its database by id) as a .qdpx. */
export type QdpxRequest =
  | { kind: 'read'; fileName: string; bytes: Uint8Array }
  | {
      kind: 'write';
      projectId: string;
      name: string;
      lang: 'nl' | 'en';
      /** The recordings' bytes to put in the file, by recording id (read by the page, which can reach them). */
      media?: MediaBytes;
    };

/**
 * The worker answers: progress now and then, then exactly one of: what was read (a refusal such as "not a zip"
 * is a Result with its message key, as in the page), the written bytes, or an unexpected failure's message. A
 * read project's long lists come first, in parts (see splitRead).
 */
export type QdpxReply =
  | { kind: 'progress'; progress: ExchangeProgress }
  | QdpxPart
  | { kind: 'read'; result: Result<ProjectImport> }
  | { kind: 'written'; bytes: Uint8Array }
  | { kind: 'failed'; detail: string };

/** The lists of a read project that can be long (100,000 codings): sent in parts. */
const PARTED = ['documents', 'speakers', 'turns', 'codings'] as const;
type PartedList = (typeof PARTED)[number];

/**
 * Part of one long list of a read project, in order: documents as they are, the records of the other lists
 * packed (packedRecords.ts), which both threads clone several times faster than as objects.
 */
export type QdpxPart = { kind: 'part'; list: PartedList; items: unknown[] | PackedRecords };

/** The records of a part, unpacked. */
export function partItems(part: QdpxPart): unknown[] {
  return Array.isArray(part.items) ? part.items : unpackRecords(part.items);
}

/** Records per part: each message is unpacked on the page in one task, which must stay short. */
const PART_RECORDS = 4_000;
/** Documents per part: each carries its whole text. */
const PART_DOCUMENTS = 5;

/**
 * Splits a read project's long lists into parts, so that the page unpacks it in many short tasks instead of
 * one that freezes it (100,000 codings took 0.9 s in one message); `rest` is the result with those lists
 * empty. joinRead puts it back together.
 */
export function splitRead(result: Result<ProjectImport>): { parts: QdpxPart[]; rest: Result<ProjectImport> } {
  if (!result.ok) return { parts: [], rest: result };
  const project = { ...result.data.project };
  const parts: QdpxPart[] = [];
  for (const list of PARTED) {
    const items: unknown[] = project[list];
    const size = list === 'documents' ? PART_DOCUMENTS : PART_RECORDS;
    for (let i = 0; i < items.length; i += size) {
      const slice = items.slice(i, i + size);
      parts.push({
        kind: 'part',
        list,
        items: list === 'documents' ? slice : packRecords(slice as object[]),
      });
    }
    project[list] = [];
  }
  return { parts, rest: { ok: true, data: { ...result.data, project } } };
}

/** Puts a read project back together from its parts (in the order they were sent) and the rest. */
export function joinRead(rest: Result<ProjectImport>, parts: readonly QdpxPart[]): Result<ProjectImport> {
  if (!rest.ok) return rest;
  const project = { ...rest.data.project };
  const lists: Record<PartedList, unknown[]> = { documents: [], speakers: [], turns: [], codings: [] };
  for (const part of parts) for (const item of partItems(part)) lists[part.list].push(item);
  Object.assign(project, lists);
  return { ok: true, data: { ...rest.data, project } };
}

/** Reads a chosen project file: a .qdpx (zip) or a bare project.qde. Nothing is stored. */
export async function readProjectFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (progress: ExchangeProgress) => void,
): Promise<Result<ProjectImport>> {
  const options = onProgress ? { onProgress } : {};
  if (fileName.toLowerCase().endsWith('.qde'))
    return readProjectXml(new TextDecoder().decode(bytes), options);
  return readProjectAsync(bytes, options);
}

/** Progress worth a message: the first of each step, the last of the sources, else one per `interval` ms. */
export function progressThrottle(
  send: (progress: ExchangeProgress) => void,
  interval = 50,
  now: () => number = () => performance.now(),
): (progress: ExchangeProgress) => void {
  let stage = '';
  let last = -Infinity;
  return (progress) => {
    const time = now();
    if (progress.stage === stage && time - last < interval && progress.done + 1 < progress.total) return;
    stage = progress.stage;
    last = time;
    send(progress);
  };
}

/**
 * What a reply moves to the page instead of copying: the written file, the recordings read from a file, the
 * arrays of packed records.
 */
export function transferablesOf(reply: QdpxReply): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [];
  if (reply.kind === 'written') buffers.push(reply.bytes.buffer);
  if (reply.kind === 'part' && !Array.isArray(reply.items)) buffers.push(...packedBuffers(reply.items));
  if (reply.kind === 'read' && reply.result.ok)
    for (const bytes of reply.result.data.media.values()) buffers.push(bytes.buffer);
  // A buffer may be listed once only; a SharedArrayBuffer cannot be moved.
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** Where the worker finds a project's data to write (its database; a stand-in in tests). */
export type LoadProject = (projectId: string, name: string) => Promise<ProjectData>;

/**
 * Does one request and posts its replies through `post`; never throws: an unexpected error becomes a
 * `failed` reply carrying its message.
 */
export async function runQdpxRequest(
  request: QdpxRequest,
  post: (reply: QdpxReply) => void,
  loadProject: LoadProject,
): Promise<void> {
  const progress = progressThrottle((p) => post({ kind: 'progress', progress: p }));
  try {
    if (request.kind === 'read') {
      const { parts, rest } = splitRead(await readProjectFile(request.fileName, request.bytes, progress));
      for (const part of parts) post(part);
      post({ kind: 'read', result: rest });
      return;
    }
    progress({ stage: 'load', done: 0, total: 1 });
    const project = await loadProject(request.projectId, request.name);
    const bytes = await writeProjectAsync(project, {
      lang: request.lang,
      onProgress: progress,
      ...(request.media ? { media: request.media } : {}),
    });
    post({ kind: 'written', bytes });
  } catch (error) {
    post({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** A request's bytes, moved rather than copied when they fill their own buffer (else copied once, here). */
export function requestTransfer(request: QdpxRequest): ArrayBuffer[] {
  const own = (bytes: Uint8Array): ArrayBuffer[] =>
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
      ? [bytes.buffer]
      : [];
  if (request.kind === 'read') return own(request.bytes);
  return [...new Set([...(request.media?.values() ?? [])].flatMap(own))];
}

/**
 * A read that ended without an answer (the worker threw or could not run), as a refusal with a message the user
 * can read, like any other reason a file is refused.
 */
export function failedRead(detail: string): Result<ProjectImport> {
  return { ok: false, reason: 'exchange.worker.failed', params: { detail } };
}
