/**
 * The one object the preload exposes to the page as `window.koor`. Types only: imported with
 * `import type` by the preload, the IPC handlers and the renderer's Electron adapter.
 */

export type Language = 'nl' | 'en';

/** A recording the user chose: an opaque reference main resolves to the file, its name and size in bytes. */
export type PickedMedia = { id: string; name: string; size: number };

/**
 * A file the user chose in a native dialog: its name and bytes (the page never sees a path). A recording is
 * not read: it comes as a reference (`recording`) with empty bytes.
 */
export type PickedFile = { name: string; bytes: Uint8Array; recording?: PickedMedia };

export type OpenFilesRequest = {
  /** Extensions without the dot, e.g. ["docx", "txt"]. */
  extensions: string[];
  multiple: boolean;
  title?: string;
};

export type SaveFileRequest = { suggestedName: string; bytes: Uint8Array; title?: string };

/** Commands the application menu sends to the page. */
export type MenuCommand =
  | 'new-project'
  | 'import'
  | 'export'
  | 'undo'
  | 'redo'
  | 'find'
  | 'help'
  | 'show-documents'
  | 'show-codebook'
  | 'show-compare'
  | 'show-export';

export type BackupInfo = {
  id: string;
  projectId: string;
  projectName: string;
  createdAt: string;
  size: number;
};

/** Whether a linked recording is still where it was linked. */
export type MediaStatus = { ok: true; size: number } | { ok: false; reason: 'missing' };

export type KoorBridge = {
  /** Native open dialog; resolves to [] when cancelled. */
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  /** Native save dialog; resolves to false when cancelled. */
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /** Tells main which language the menu should speak. */
  setLanguage(language: Language): Promise<void>;
  /** Tells main the team servers (ws/wss origins) of the projects shared on this computer. */
  setTeamServers(origins: string[]): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  backups: {
    /** Stores a .qdpx snapshot of a project in the backups folder, keeping the newest N. */
    save(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo>;
    list(projectId?: string): Promise<BackupInfo[]>;
    read(backupId: string): Promise<Uint8Array>;
  };
  /** Recordings are linked, not copied: main keeps the path, the page a reference. */
  media: {
    /** Native open dialog for one recording; null when cancelled. */
    pick(extensions: string[]): Promise<PickedMedia | null>;
    status(ref: string): Promise<MediaStatus>;
    /** Points the reference at the moved file the user chooses; null when cancelled. */
    relink(ref: string, extensions: string[]): Promise<PickedMedia | null>;
  };
  /** Main asks the page for a snapshot of each open project before quitting. */
  onBackupRequest(listener: () => Promise<void>): () => void;
};
