import { BACKUP_ID } from './validate.ts';

/**
 * Backup file names are built from the project id and the time only, never from user text, so no
 * project name can steer a path. A backup `<id>` is stored as `<id>.qdpx` with `<id>.json` beside it.
 */
export const BACKUP_EXTENSION = '.qdpx';
export const META_EXTENSION = '.json';

/** A sortable UTC stamp with milliseconds: 20250102T030405006Z. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The ISO date of a stamp made by backupStamp. */
export function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (m === null) throw new Error(`not a backup stamp: ${stamp}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export function backupId(projectId: string, stamp: string): string {
  return `${projectId}.${stamp}`;
}

export type ParsedBackupName = { id: string; projectId: string; stamp: string };

/** Reads a backup file name of the folder listing; null for anything Koor did not write. */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  if (!fileName.endsWith(BACKUP_EXTENSION)) return null;
  const id = fileName.slice(0, -BACKUP_EXTENSION.length);
  const m = BACKUP_ID.exec(id);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  return { id, projectId: m[1], stamp: m[2] };
}

/** The backups to delete so that each project keeps only its `keep` newest. */
export function selectForPruning(backups: readonly ParsedBackupName[], keep: number): ParsedBackupName[] {
  const byProject = new Map<string, ParsedBackupName[]>();
  for (const backup of backups) {
    const list = byProject.get(backup.projectId) ?? [];
    list.push(backup);
    byProject.set(backup.projectId, list);
  }
  return [...byProject.values()].flatMap((list) =>
    [...list].sort((a, b) => b.stamp.localeCompare(a.stamp)).slice(Math.max(0, keep)),
  );
}
