/**
 * The page's side of the .qdpx worker: reads a chosen project file or writes the open project as a .qdpx in a
 * worker, with progress, and stops (ends the worker) when asked. Where no worker can be started (tests in Node),
 * the same work runs in the page.
 */
import type { ProjectImport } from '../../shared/exchange/projectRead.ts';
import type { ExchangeProgress } from '../../shared/exchange/progress.ts';
import type { MediaBytes } from '../../shared/exchange/mediaWrite.ts';
import type { Result } from '../../shared/model.ts';
import { loadProjectData } from '../db/projectData.ts';
import { openProject } from '../db/projects.ts';
import {
  failedRead,
  joinRead,
  partItems,
  requestTransfer,
  runQdpxRequest,
  type QdpxPart,
  type QdpxReply,
  type QdpxRequest,
} from './qdpxProtocol.ts';

export type QdpxJobOptions = {
  /** Aborting ends the worker at once; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: ExchangeProgress) => void;
};

const stopped = () => new DOMException('Stopped', 'AbortError');

/**
 * Runs one request in a fresh worker; resolves with its final reply (progress goes to `onProgress`), a read
 * project put back together from its parts.
 */
async function runJob(request: QdpxRequest, options: QdpxJobOptions): Promise<QdpxReply> {
  const parts: QdpxPart[] = [];
  const reply = await runParts(request, options, parts);
  return reply.kind === 'read' ? { kind: 'read', result: joinRead(reply.result, parts) } : reply;
}

function runParts(request: QdpxRequest, options: QdpxJobOptions, parts: QdpxPart[]): Promise<QdpxReply> {
  if (options.signal?.aborted) return Promise.reject(stopped());
  if (typeof Worker === 'undefined') return runHere(request, options, parts);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./qdpx.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(stopped());
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<QdpxReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        options.onProgress?.(reply.progress);
        return;
      }
      if (reply.kind === 'part') {
        // Unpacked as each part arrives: many short tasks rather than one long one at the end.
        parts.push({ ...reply, items: partItems(reply) });
        return;
      }
      finish();
      resolve(reply);
    };
    // The worker could not start or died (out of memory): said as a failure, never a silent hang.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve({ kind: 'failed', detail: event.message || 'worker' });
    };
    worker.onmessageerror = () => {
      finish();
      resolve({ kind: 'failed', detail: 'message' });
    };
    worker.postMessage(request, requestTransfer(request));
  });
}

/** The same work in the page, for where there is no Worker. */
async function runHere(request: QdpxRequest, options: QdpxJobOptions, parts: QdpxPart[]): Promise<QdpxReply> {
  let last: QdpxReply = { kind: 'failed', detail: 'no reply' };
  await runQdpxRequest(
    request,
    (reply) => {
      if (reply.kind === 'progress') options.onProgress?.(reply.progress);
      else if (reply.kind === 'part') parts.push(reply);
      else last = reply;
    },
    (projectId, name) => loadProjectData(openProject(projectId).db, name),
  );
  if (options.signal?.aborted) throw stopped();
  return last;
}

/**
 * Reads a chosen project file (.qdpx or .qde) off the page's thread. Its bytes are moved to the worker: the
 * caller must not use them afterwards. A refusal (empty, not a zip, malformed XML …) is a Result with its message
 * key, as from readProject itself.
 */
export async function readProjectInWorker(
  fileName: string,
  bytes: Uint8Array,
  options: QdpxJobOptions = {},
): Promise<Result<ProjectImport>> {
  const reply = await runJob({ kind: 'read', fileName, bytes }, options);
  if (reply.kind === 'read') return reply.result;
  return failedRead(reply.kind === 'failed' ? reply.detail : reply.kind);
}

/** Writes the stored project as a .qdpx off the page's thread; rejects with the reason when that fails. */
export async function writeProjectInWorker(
  request: { projectId: string; name: string; lang: 'nl' | 'en'; media?: MediaBytes },
  options: QdpxJobOptions = {},
): Promise<Uint8Array> {
  const reply = await runJob({ kind: 'write', ...request }, options);
  if (reply.kind === 'written') return reply.bytes;
  throw new Error(reply.kind === 'failed' ? reply.detail : reply.kind);
}
