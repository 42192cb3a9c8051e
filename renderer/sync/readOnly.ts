/**
 * The one check of whether this person may change the open project: a reader of a shared project sees the team's
 * work but cannot change it (the server refuses a reader's writes in any case, so an edit would only diverge from
 * the project on this computer). Every editing affordance asks `useReadOnly()` and is disabled or read-only with
 * the reason it returns.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { readerNow, watchReader } from '../db/role.ts';
import { useTranslation } from '../i18n/index.ts';
import { useProject } from '../session/ProjectContext.tsx';

/**
 * Why this person cannot change the open project, or null when they can: the one line every disabled control
 * shows as its title (and the read-only notes show as text).
 */
export function useReadOnly(): string | null {
  const { db } = useProject();
  const { t } = useTranslation();
  const reader = useSyncExternalStore(
    useCallback((listener: () => void) => watchReader(db, listener), [db]),
    () => readerNow(db),
  );
  return reader ? t('team.readOnly') : null;
}
