import { useCallback, useState } from 'react';
import type { ProjectData, Warning } from '../../../shared/model.ts';
import { mergeCoderWork, type MergeReport } from '../../../shared/rigour/mergeCoder.ts';
import { mergeProjectData } from '../../db/rigour.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { readProjectInWorker } from '../../workers/qdpxClient.ts';

/** Another coder's project, merged in memory and waiting for the user to read the report and confirm. */
export type PendingMerge = {
  fileName: string;
  before: ProjectData;
  merged: ProjectData;
  report: MergeReport;
  /** What reading the file left out or changed (from the REFI-QDA reader). */
  warnings: Warning[];
};

/** Choose a .qdpx → read → merge in memory → report → confirm → one undoable write. */
export function useCoderImport(data: ProjectData, toast: (text: string) => void) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const [pending, setPending] = useState<PendingMerge | null>(null);

  const choose = useCallback(async () => {
    const [file] = await platform.openFiles({
      extensions: ['qdpx'],
      multiple: false,
      title: t('rigour.coders.import'),
    });
    if (!file) return;
    const read = await readProjectInWorker(file.name, file.bytes);
    if (!read.ok) {
      toast(t('rigour.merge.refused', { file: file.name, reason: t(read.reason, read.params ?? {}) }));
      return;
    }
    const { project, report } = mergeCoderWork(data, read.data.project);
    setPending({
      fileName: file.name,
      before: data,
      merged: project,
      report,
      warnings: read.data.report,
    });
  }, [data, t, toast]);

  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    try {
      const written = await mergeProjectData(session, pending.before, pending.merged);
      toast(
        t('rigour.merge.done', { count: written.codings, n: formatNumber(written.codings, i18n.language) }),
      );
    } catch (error) {
      toast(t('rigour.merge.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }, [pending, session, t, i18n.language, toast]);

  return { pending, choose, confirm, cancel: () => setPending(null) };
}
