/**
 * The preload: runs sandboxed (CommonJS, bundled by scripts/build-electron.mjs) and exposes exactly one
 * object, `window.koor`. The page never receives ipcRenderer, an IPC event or a path.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { KoorBridge, MenuCommand } from './api.ts';
import {
  BACKUP_REQUEST_CHANNEL,
  INVOKE_CHANNEL,
  MENU_CHANNEL,
  isMenuCommand,
  type IpcContract,
  type IpcName,
} from './channels.ts';

type Result<K extends IpcName> = Awaited<ReturnType<IpcContract[K]>>;

/** The one typed invoke: a handler name from the contract and its arguments. */
function invoke<K extends IpcName>(name: K, ...args: Parameters<IpcContract[K]>): Promise<Result<K>> {
  return ipcRenderer.invoke(INVOKE_CHANNEL, name, ...args) as Promise<Result<K>>;
}

const menuListeners = new Set<(command: MenuCommand) => void>();
ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return;
  for (const listener of menuListeners) listener(command);
});

const backupListeners = new Set<() => Promise<void>>();
ipcRenderer.on(BACKUP_REQUEST_CHANNEL, (_event, requestId: unknown) => {
  if (typeof requestId !== 'number') return;
  // Answer even when a listener fails or none is registered, so quitting is never held up by the page.
  void Promise.allSettled([...backupListeners].map((listener) => listener())).then(() =>
    invoke('backups:done', requestId),
  );
});

function subscribe<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const bridge = {
  openFiles: (request) => invoke('openFiles', request),
  saveFile: (request) => invoke('saveFile', request),
  setLanguage: (language) => invoke('setLanguage', language),
  setTeamServers: (origins) => invoke('team:servers', origins),
  onMenuCommand: (listener) => subscribe(menuListeners, listener),
  backups: {
    save: (projectId, projectName, bytes) => invoke('backups:save', projectId, projectName, bytes),
    list: (projectId) =>
      projectId === undefined ? invoke('backups:list') : invoke('backups:list', projectId),
    read: (backupId) => invoke('backups:read', backupId),
  },
  onBackupRequest: (listener) => subscribe(backupListeners, listener),
  media: {
    pick: (extensions) => invoke('media:pick', extensions),
    status: (ref) => invoke('media:status', ref),
    relink: (ref, extensions) => invoke('media:relink', ref, extensions),
  },
} satisfies KoorBridge;

contextBridge.exposeInMainWorld('koor', bridge);
