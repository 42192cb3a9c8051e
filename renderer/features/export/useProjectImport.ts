import { useCallback, useState } from 'react';
import { readProject, readProjectXml, type ProjectImport } from '../../../shared/exchange/projectRead.ts';
import type { Result } from '../../../shared/model.ts';
import { createProjectFrom } from '../../db/exchange.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import type { PickedFile } from '../../platform/types.ts';
import { navigate } from '../../router.ts';

/** Reads a chosen project file: a .qdpx (zip) or a bare project.qde. Nothing is stored yet. */
export function readProjectFile(file: PickedFile): Result<ProjectImport> {
  if (file.name.toLowerCase().endsWith('.qde')) return readProjectXml(new TextDecoder().decode(file.bytes));
  return readProject(file.bytes);
}

/** A project read from a file, waiting for the user to look at the report and confirm. */
export type PendingImport = { fileName: string; result: ProjectImport };

/** Choose a project file → read → report → store as a new project → open it. */
export function useProjectImport(toast: (text: string) => void, onError: (text: string) => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const choose = useCallback(async () => {
    const [file] = await platform.openFiles({ extensions: ['qdpx', 'qde'], multiple: false });
    if (!file) return;
    const read = readProjectFile(file);
    if (!read.ok) {
      onError(t('export.importRefused', { file: file.name, reason: t(read.reason, read.params ?? {}) }));
      return;
    }
    setPending({ fileName: file.name, result: read.data });
  }, [t, onError]);

  const confirm = useCallback(
    async (name: string) => {
      if (!pending) return;
      setPending(null);
      try {
        const id = await createProjectFrom(name, { ...pending.result.project, name });
        toast(t('export.imported', { name }));
        navigate({ screen: 'project', projectId: id, section: 'documents' });
      } catch (error) {
        onError(t('export.importFailed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [pending, t, toast, onError],
  );

  return { pending, choose, confirm, cancel: () => setPending(null) };
}
