import { useCallback, useRef, useState } from 'react';
import { toProjectRecords } from '../../../../shared/import/records.ts';
import { storeDocuments, type DocumentBundle, type StoreProgress } from '../../../db/documents.ts';
import type { ProjectSession } from '../../../db/projects.ts';
import type { ImportFile } from './importModel.ts';

/** Where storing a batch stands, as the dialog shows it. */
export type StoreState =
  | { phase: 'idle' }
  | { phase: 'storing'; progress: StoreProgress; stopRequested: boolean }
  | { phase: 'stopped' };

/** The longest stretch of work between two chances for the page to paint and react. */
const SLICE_MS = 30;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Turns the chosen files into document bundles, yielding to the page every SLICE_MS so that preparing 70
 * transcripts never freezes it; stops early (returning null) when `signal` is aborted.
 */
/** A stored document and the names it is known by (its file's and its own). */
export type StoredDocument = { documentId: string; names: string[] };

export async function prepareBundles(
  files: readonly ImportFile[],
  signal: AbortSignal,
): Promise<DocumentBundle[] | null> {
  const bundles: DocumentBundle[] = [];
  let sliceStart = performance.now();
  for (const f of files) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (signal.aborted) return null;
    bundles.push(
      toProjectRecords(f.parsed!, {
        name: f.name.trim() || f.fileName,
        sourceHash: f.sourceHash!,
        attributes: f.attributes,
        ...(f.perspective ? { perspective: f.perspective } : {}),
        speakers: f.speakers,
      }),
    );
  }
  return bundles;
}

/**
 * Stores the chosen files a document at a time in one transaction, with progress. Stop before the transaction
 * commits leaves nothing stored; once it is committing, stopping is refused (`stopRequested` tells the dialog
 * to say it is too late) and the import completes.
 */
export function useImportStore(session: ProjectSession) {
  const [state, setState] = useState<StoreState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const committing = useRef(false);

  const store = useCallback(
    async (files: readonly ImportFile[]): Promise<StoredDocument[] | null> => {
      const abort = new AbortController();
      controller.current = abort;
      committing.current = false;
      const total = files.length;
      setState({ phase: 'storing', progress: { stored: 0, total, committing: false }, stopRequested: false });
      const bundles = await prepareBundles(files, abort.signal);
      const result = bundles
        ? await storeDocuments(session, bundles, {
            signal: abort.signal,
            onProgress: (progress) => {
              committing.current = progress.committing;
              setState((s) => ({
                phase: 'storing',
                progress,
                stopRequested: s.phase === 'storing' && s.stopRequested,
              }));
            },
          }).finally(() => (controller.current = null))
        : 'stopped';
      if (result === 'stopped') {
        setState({ phase: 'stopped' });
        return null;
      }
      setState({ phase: 'idle' });
      // Which file each document came from, so recordings of the same name can be linked to it.
      return bundles!.map((b, i) => ({
        documentId: b.document.id,
        names: [files[i]!.fileName, b.document.name],
      }));
    },
    [session],
  );

  /** Asks to stop: aborts while that still stores nothing, otherwise notes that it is too late. */
  const stop = useCallback(() => {
    if (!committing.current) controller.current?.abort();
    setState((s) => (s.phase === 'storing' ? { ...s, stopRequested: true } : s));
  }, []);

  /** Forgets a failed store, so the dialog can offer the store again. */
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, store, stop, reset };
}
