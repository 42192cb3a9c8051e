import { useCallback } from 'react';
import { interactionCodes, normaliserenTemplate } from '../../../shared/codebook/template.ts';
import type { Id } from '../../../shared/model.ts';
import { moveCodeTo } from '../../db/codes.ts';
import { addCodebook } from '../../db/exchange.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import type { MoveTarget } from './treeModel.ts';
import { CODEBOOK_EXTENSIONS, readCodebookFile } from './readCodebookFile.ts';

/** Codebook actions shared by the empty state and the toolbar: templates, import, move. */
export function useCodebookActions(toast: (text: string) => void, onError: (text: string) => void) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';

  const addTemplate = useCallback(
    async (which: 'normaliseren' | 'interaction') => {
      const codes = which === 'normaliseren' ? normaliserenTemplate(lang) : interactionCodes(lang);
      const added = await addCodebook(session, codes, 'history.addTemplate');
      toast(t('codebook.templateAdded', { count: added, n: formatNumber(added, lang) }));
    },
    [session, lang, t, toast],
  );

  const importCodebook = useCallback(async () => {
    const [file] = await platform.openFiles({ extensions: CODEBOOK_EXTENSIONS, multiple: false });
    if (!file) return;
    const result = readCodebookFile(file);
    if (!result.ok) {
      onError(`${t('codebook.importFailed', { file: file.name })}: ${t(result.reason, result.params ?? {})}`);
      return;
    }
    const added = await addCodebook(session, result.data, 'history.importCodebook');
    toast(
      added > 0
        ? t('codebook.imported', { count: added, n: formatNumber(added, lang), file: file.name })
        : t('codebook.importUpdated', { file: file.name }),
    );
    if (result.warnings?.length) {
      onError(
        `${t('codebook.importWarnings')}: ${result.warnings.map((w) => t(w.key, w.params ?? {})).join(' ')}`,
      );
    }
  }, [session, t, toast, onError, lang]);

  const move = useCallback(
    (id: Id, target: MoveTarget) => {
      moveCodeTo(session, id, target.parentId, target.index).catch((error: unknown) =>
        onError(
          t('codebook.moveFailed', { reason: t(error instanceof Error ? error.message : String(error)) }),
        ),
      );
    },
    [session, t, onError],
  );

  return { addTemplate, importCodebook, move };
}
