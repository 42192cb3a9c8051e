import { useCallback, useState } from 'react';
import { markProjectExported } from '../../db/exchange.ts';
import { loadProjectData } from '../../db/projectData.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { exportFileName, type ExportFormat, type ExportOptions } from './formats.ts';
import type { ProjectSession } from '../../db/projects.ts';
import type { ProjectData } from '../../../shared/model.ts';

/**
 * The bytes of every recording of the project, to put in the .qdpx; fails with the first one that cannot be read
 * (a moved file, storage cleared), naming it, so that no file quietly lacks a recording.
 */
async function recordingBytes(
  session: ProjectSession,
  project: ProjectData,
  t: ReturnType<typeof useTranslation>['t'],
): Promise<Map<string, Uint8Array>> {
  const media = new Map<string, Uint8Array>();
  for (const recording of await session.db.recordings.toArray()) {
    if (!project.documents.some((d) => d.id === recording.documentId)) continue;
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

/** Runs an export: reads the project, builds the file and hands it to the user; tracks which one is busy. */
export function useExport(
  projectName: string,
  toast: (text: string) => void,
  onError: (text: string) => void,
) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'nl';

  const run = useCallback(
    async (format: ExportFormat, options: ExportOptions = {}) => {
      const key = `${format.kind}.${format.format}`;
      const suggestedName = exportFileName(projectName, t(`export.file.${format.kind}`), format.format);
      setBusy(key);
      try {
        const project = await loadProjectData(session.db, projectName);
        const media = options.recordings ? await recordingBytes(session, project, t) : undefined;
        const bytes = await format.build(project, lang, {
          ...(media ? { media } : {}),
          charts: options.charts,
        });
        const saved = await platform.saveFile({ suggestedName, bytes, mime: format.mime });
        if (!saved) return;
        if (format.kind === 'project') await markProjectExported(session);
        toast(t('export.saved', { file: suggestedName }));
      } catch (error) {
        onError(t('export.failed', { detail: error instanceof Error ? error.message : String(error) }));
      } finally {
        setBusy(null);
      }
    },
    [session, projectName, lang, t, toast, onError],
  );

  return { run, busy };
}
