import type { Language, MenuCommand, PickedFile, BackupInfo } from '../../electron/api.ts';
import type { MediaStore } from './media.ts';

export type { Language, MenuCommand, PickedFile, BackupInfo };

/** What the renderer needs from its host; one adapter for Electron (IPC), one for the browser. */
export type Platform = {
  kind: 'electron' | 'web';
  /** Lets the user choose files; resolves to [] when cancelled. */
  openFiles(options: { extensions: string[]; multiple: boolean; title?: string }): Promise<PickedFile[]>;
  /** Hands bytes to the user as a file (save dialog or download); false when cancelled. */
  saveFile(options: {
    suggestedName: string;
    bytes: Uint8Array;
    mime: string;
    title?: string;
  }): Promise<boolean>;
  setLanguage(language: Language): void;
  /** Tells the host which team servers (ws/wss origins) the page may reach; the browser's CSP is csp.js's. */
  setTeamServers(origins: string[]): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Automatic backups exist only in Electron. */
  backups: null | {
    save(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo>;
    list(projectId?: string): Promise<BackupInfo[]>;
    read(backupId: string): Promise<Uint8Array>;
  };
  onBackupRequest(listener: () => Promise<void>): () => void;
  /** Reads a dropped file (a recording is kept as a reference, not read). */
  readDropped(file: File): Promise<PickedFile>;
  /** Where recordings are kept and how they are played. */
  media: MediaStore;
};
