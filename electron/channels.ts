import type {
  BackupInfo,
  Language,
  MediaStatus,
  MenuCommand,
  OpenFilesRequest,
  PickedMedia,
  PickedFile,
  SaveFileRequest,
} from './api.ts';

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
  'media:pick'(extensions: string[]): PickedMedia | null;
  'media:status'(ref: string): MediaStatus;
  'media:relink'(ref: string, extensions: string[]): PickedMedia | null;
  /** The ws/wss origins of the team servers of projects shared on this computer (CSP and request filter). */
  'team:servers'(origins: string[]): void;
};

export type IpcName = keyof IpcContract;

/** Every menu command, so the preload forwards only these to the page. */
export const MENU_COMMANDS = [
  'new-project',
  'import',
  'export',
  'undo',
  'redo',
  'find',
  'help',
  'show-documents',
  'show-codebook',
  'show-compare',
  'show-export',
] as const satisfies readonly MenuCommand[];

// Fails to compile when api.ts gains a command that is missing above.
type MissingMenuCommand = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
export const MENU_COMMANDS_COMPLETE: MissingMenuCommand extends never ? true : never = true;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
