import { useCallback, useRef, useState } from 'react';
import { markProjectExported } from '../../db/exchange.ts';
import { loadProjectData } from '../../db/projectData.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { exportFileName, type ExportFormat, type ExportOptions } from './formats.ts';
import { currentProjectName, type ProjectSession } from '../../db/projects.ts';
import type { ExchangeProgress } from '../../../shared/exchange/progress.ts';
import { writeProjectInWorker } from '../../workers/qdpxClient.ts';

/**
 * The bytes of every recording of the project, to put in the .qdpx; fails with the first one that cannot be read
 * (a moved file, storage cleared), naming it, so that no file quietly lacks a recording.
 */
async function recordingBytes(
  session: ProjectSession,
  t: ReturnType<typeof useTranslation>['t'],
): Promise<Map<string, Uint8Array>> {
  const media = new Map<string, Uint8Array>();
  const documents = new Set(await session.db.documents.toCollection().primaryKeys());
  for (const recording of await session.db.recordings.toArray()) {
    if (!documents.has(recording.documentId)) continue;
    const blob = await platform.media.read(session.id, recording.where, recording.fileName);
    if (!blob.ok)
      throw new Error(
        t('export.recordingUnreadable', {
          name: recording.fileName,
          reason: t(blob.reason, blob.params ?? {}),
        }),
      );
    media.set(recording.id, new Uint8Array(await blob.data.arrayBuffer()));
  }
  return media;
}

/**
 * Runs an export: reads the project, builds the file and hands it to the user; tracks which one is busy. The
 * .qdpx is read and written in a worker, with progress (`writing`), and `stop` ends it before anything is saved.
 */
export function useExport(toast: (text: string) => void, onError: (text: string) => void) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [writing, setWriting] = useState<ExchangeProgress | null>(null);
  const stopper = useRef<AbortController | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'nl';

  const run = useCallback(
    async (format: ExportFormat, options: ExportOptions = {}) => {
      const key = `${format.kind}.${format.format}`;
      setBusy(key);
      const abort = new AbortController();
      try {
        const projectName = await currentProjectName(session.id);
        const suggestedName = exportFileName(projectName, t(`export.file.${format.kind}`), format.format);
        let bytes: Uint8Array;
        if (format.kind === 'project') {
          stopper.current = abort;
          setWriting({ stage: 'load', done: 0, total: 1 });
          const media = options.recordings ? await recordingBytes(session, t) : undefined;
          bytes = await writeProjectInWorker(
            { projectId: session.id, name: projectName, lang, ...(media ? { media } : {}) },
            { signal: abort.signal, onProgress: setWriting },
          );
          stopper.current = null;
          setWriting(null);
        } else {
          const project = await loadProjectData(session.db, projectName);
          bytes = await format.build(project, lang, { charts: options.charts, view: options.view });
        }
        const saved = await platform.saveFile({ suggestedName, bytes, mime: format.mime });
        if (!saved) return;
        if (format.kind === 'project') await markProjectExported(session);
        toast(t('export.saved', { file: suggestedName }));
      } catch (error) {
        if (abort.signal.aborted) toast(t('export.writeStopped'));
        else onError(t('export.failed', { detail: error instanceof Error ? error.message : String(error) }));
      } finally {
        stopper.current = null;
        setWriting(null);
        setBusy(null);
      }
    },
    [session, lang, t, toast, onError],
  );

  const stop = useCallback(() => stopper.current?.abort(), []);

  return { run, busy, writing, stop };
}
