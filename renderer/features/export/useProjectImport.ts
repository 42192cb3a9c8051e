import { useCallback, useRef, useState } from 'react';
import type { ProjectImport } from '../../../shared/exchange/projectRead.ts';
import type { ExchangeProgress } from '../../../shared/exchange/progress.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { createProjectFrom, type ProjectProgress } from '../../db/exchange.ts';
import { projectNames, uniqueProjectName } from '../../db/projects.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { navigate } from '../../router.ts';
import { readProjectInWorker } from '../../workers/qdpxClient.ts';
import { storeImportedRecordings } from './importRecordings.ts';

/** A project read from a file, waiting for the user to look at the report and confirm. */
export type PendingImport = { fileName: string; result: ProjectImport; suggestedName: string };

/**
 * Choose a project file → read (in a worker, with progress; Stop forgets the file) → report → store as a new project (with progress; the page waits behind it and
 * Stop leaves nothing behind) → open it. The new project never takes the name of an existing one.
 */
export function useProjectImport(toast: (text: string) => void, onError: (text: string) => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [opening, setOpening] = useState<ProjectProgress | null>(null);
  const [reading, setReading] = useState<ExchangeProgress | null>(null);
  const stopper = useRef<AbortController | null>(null);

  const choose = useCallback(async () => {
    const [file] = await platform.openFiles({ extensions: ['qdpx', 'qde'], multiple: false });
    if (!file) return;
    const abort = new AbortController();
    stopper.current = abort;
    setReading({ stage: 'unzip', done: 0, total: 1 });
    let read: Awaited<ReturnType<typeof readProjectInWorker>>;
    try {
      read = await readProjectInWorker(file.name, file.bytes, {
        signal: abort.signal,
        onProgress: setReading,
      });
    } catch (error) {
      if (abort.signal.aborted) toast(t('export.readStopped'));
      else
        onError(t('export.readFailed', { detail: error instanceof Error ? error.message : String(error) }));
      return;
    } finally {
      stopper.current = null;
      setReading(null);
    }
    if (!read.ok) {
      onError(t('export.importRefused', { file: file.name, reason: t(read.reason, read.params ?? {}) }));
      return;
    }
    const name = read.data.project.name.trim() || file.name.replace(/\.[^.]+$/, '');
    setPending({
      fileName: file.name,
      result: read.data,
      suggestedName: uniqueProjectName(name, await projectNames()),
    });
  }, [t, toast, onError]);

  const confirm = useCallback(
    async (wanted: string, project: ProjectData) => {
      if (!pending) return;
      setPending(null);
      const abort = new AbortController();
      stopper.current = abort;
      setOpening({ done: 0, total: 1 });
      try {
        const name = uniqueProjectName(wanted, await projectNames());
        const { recordings, ...data } = project;
        const id = await createProjectFrom(
          name,
          { ...data, name },
          { signal: abort.signal, onProgress: setOpening },
        );
        const notStored = await storeImportedRecordings(id, recordings ?? [], pending.result.media);
        if (notStored.length)
          onError(
            t('export.recordingsNotStored', {
              count: notStored.length,
              detail: notStored.map((n) => t(n.reason, n.params ?? {})).join(' '),
            }),
          );
        toast(t('export.imported', { name }));
        navigate({ screen: 'project', projectId: id, section: 'documents' });
      } catch (error) {
        if (abort.signal.aborted) toast(t('export.importStopped'));
        else
          onError(
            t('export.importFailed', { detail: error instanceof Error ? error.message : String(error) }),
          );
      } finally {
        stopper.current = null;
        setOpening(null);
      }
    },
    [pending, t, toast, onError],
  );

  const stop = useCallback(() => stopper.current?.abort(), []);

  return { pending, opening, reading, choose, confirm, stop, cancel: () => setPending(null) };
}
