import { useCallback, useState } from 'react';
import { markProjectExported } from '../../db/exchange.ts';
import { loadProjectData } from '../../db/projectData.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { exportFileName, type ExportFormat } from './formats.ts';

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
    async (format: ExportFormat) => {
      const key = `${format.kind}.${format.format}`;
      const suggestedName = exportFileName(projectName, t(`export.file.${format.kind}`), format.format);
      setBusy(key);
      try {
        const project = await loadProjectData(session.db, projectName);
        const bytes = await format.build(project, lang);
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
