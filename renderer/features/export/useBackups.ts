import { useCallback, useEffect, useState } from 'react';
import { currentProjectName, type ProjectSession } from '../../db/projects.ts';
import { platform } from '../../platform/index.ts';
import { writeProjectInWorker } from '../../workers/qdpxClient.ts';
import type { BackupInfo } from '../../platform/types.ts';

/** Writes a .qdpx snapshot of the project into Electron's backups folder; null in the browser. */
export async function makeBackup(session: ProjectSession, lang: 'nl' | 'en'): Promise<BackupInfo | null> {
  if (!platform.backups) return null;
  const projectName = await currentProjectName(session.id);
  const bytes = await writeProjectInWorker({ projectId: session.id, name: projectName, lang });
  return platform.backups.save(session.id, projectName, bytes);
}

/**
 * Answers main's requests for a snapshot (on its schedule and before quitting) while the project is open.
 * Call once per open workspace.
 */
export function useBackupRequests(session: ProjectSession, lang: 'nl' | 'en') {
  useEffect(() => {
    if (!platform.backups) return;
    return platform.onBackupRequest(async () => {
      await makeBackup(session, lang);
    });
  }, [session, lang]);
}

/** The backups of one project, newest first, with a way to re-read the list. */
export function useBackupList(projectId: string): { backups: BackupInfo[] | undefined; refresh: () => void } {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!platform.backups) return;
    let live = true;
    void platform.backups.list(projectId).then((list) => {
      if (live) setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    });
    return () => {
      live = false;
    };
  }, [projectId, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { backups, refresh };
}
