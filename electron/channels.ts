import type { BackupInfo, Language, OpenFilesRequest, PickedFile, SaveFileRequest } from './api.ts';

/** The one channel the page invokes main on; the first argument names the handler. */
export const INVOKE_CHANNEL = 'koor:invoke';
/** Main → page: a menu command (string payload). */
export const MENU_CHANNEL = 'koor:menu';
/** Main → page: "store a backup of every open project now" (payload: request id). */
export const BACKUP_REQUEST_CHANNEL = 'koor:backup-request';

/**
 * The IPC surface as the page sees it: handler name → signature. Main implements each entry with
 * `unknown` arguments and validates them (see ipc.ts); the preload only forwards.
 */
export type IpcContract = {
  openFiles(request: OpenFilesRequest): PickedFile[];
  saveFile(request: SaveFileRequest): boolean;
  setLanguage(language: Language): void;
  'backups:save'(projectId: string, projectName: string, bytes: Uint8Array): BackupInfo;
  'backups:list'(projectId?: string): BackupInfo[];
  'backups:read'(backupId: string): Uint8Array;
  /** The page reports that it has answered the backup request with this id. */
  'backups:done'(requestId: number): void;
};

export type IpcName = keyof IpcContract;
