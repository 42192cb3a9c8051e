/**
 * Koor's main process: one hardened window serving the built renderer from app://koor/, the menu,
 * native dialogs behind one validated IPC map, and automatic backups.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from './api.ts';
import { createAppProtocolHandler } from './appProtocol.ts';
import { MediaLinks } from './mediaLinks.ts';
import { serveMedia } from './mediaProtocol.ts';
import { APP_SCHEME } from './appUrl.ts';
import {
  BACKUP_INTERVAL_MS,
  QUIT_BACKUP_TIMEOUT_MS,
  createBackupRequests,
  createQuitGuard,
  type BackupTarget,
} from './backupRequests.ts';
import { createBackupStore } from './backups.ts';
import { BACKUP_REQUEST_CHANNEL, MENU_CHANNEL } from './channels.ts';
import { nodeFileAccess } from './fileAccess.ts';
import { createIpcHandlers } from './ipc.ts';
import { registerIpc } from './ipcRegister.ts';
import { loadLanguage, saveLanguage } from './languageFile.ts';
import { menuTemplate } from './menu.ts';
import { electronDialogs } from './nativeDialogs.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { readTeamOrigins } from '../shared/sync/teamOrigin.ts';
import { createMainWindow } from './window.ts';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
/** A page that does not answer a scheduled backup request within this time is asked again next round. */
const SCHEDULED_BACKUP_TIMEOUT_MS = 60 * 1000;

// Must happen before 'ready': app:// behaves like https (own origin, secure context, fetch, storage).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer is sandboxed, whatever its webPreferences say.
app.enableSandbox();

let language: Language = 'nl';
const backupRequests = createBackupRequests();

function pages(): BackupTarget[] {
  return BrowserWindow.getAllWindows()
    .filter((window) => !window.isDestroyed() && !window.webContents.isDestroyed())
    .map((window) => ({
      id: window.webContents.id,
      requestBackup: (requestId) => window.webContents.send(BACKUP_REQUEST_CHANNEL, requestId),
    }));
}

function applyMenu(): void {
  const template = menuTemplate(
    language,
    (command, window) => {
      const target = window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow();
      target?.webContents.send(MENU_CHANNEL, command);
    },
    { platform: process.platform, dev: !app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openWindow(): BrowserWindow {
  const window = createMainWindow(PRELOAD);
  // Closing the window quits Koor, so the page is still there to answer the backup request.
  window.on('close', (event) => {
    if (quitGuard.mayQuit()) return;
    event.preventDefault();
    app.quit();
  });
  return window;
}

const quitGuard = createQuitGuard(
  () => backupRequests.request(pages(), QUIT_BACKUP_TIMEOUT_MS),
  () => app.quit(),
);

async function start(): Promise<void> {
  await app.whenReady();
  const languageFile = path.join(app.getPath('userData'), 'language.json');
  language = await loadLanguage(languageFile);

  // The team servers of projects shared on this computer: the only hosts the page may reach (CSP, request filter).
  const teamFile = path.join(app.getPath('userData'), 'team-servers.json');
  let teamServers = readTeamOrigins(await readFile(teamFile, 'utf8').catch(() => null));
  hardenSession(session.defaultSession, () => teamServers);
  const mediaFile = path.join(app.getPath('userData'), 'recordings.json');
  const media = new MediaLinks({
    load: () => readFile(mediaFile, 'utf8'),
    save: (json) => writeFile(mediaFile, json),
  });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(
      RENDERER_ROOT,
      async (file) => new Uint8Array(await readFile(file)),
      (request) =>
        serveMedia(request, (ref) => media.resolve(ref), {
          size: nodeFileAccess.size,
          async read(filePath, start, end) {
            const handle = await open(filePath, 'r');
            try {
              const bytes = new Uint8Array(end - start + 1);
              await handle.read(bytes, 0, bytes.length, start);
              return bytes;
            } finally {
              await handle.close();
            }
          },
        }),
    ),
  );

  const handlers = createIpcHandlers({
    files: nodeFileAccess,
    backups: createBackupStore({ dir: path.join(app.getPath('userData'), 'backups') }),
    language: () => language,
    setLanguage: (next) => {
      if (next === language) return;
      language = next;
      applyMenu();
      void saveLanguage(languageFile, next).catch(() => undefined);
    },
    backupDone: (requestId, senderId) => backupRequests.done(requestId, senderId),
    media,
    setTeamServers: (origins) => {
      teamServers = origins;
      void writeFile(teamFile, JSON.stringify(origins)).catch(() => undefined);
    },
  });
  registerIpc(ipcMain, handlers, (sender) =>
    electronDialogs(dialog, BrowserWindow.fromWebContents(sender), app.getPath('documents')),
  );

  app.setAboutPanelOptions({ applicationName: 'Koor', applicationVersion: app.getVersion() });
  applyMenu();
  openWindow();

  setInterval(() => void backupRequests.request(pages(), SCHEDULED_BACKUP_TIMEOUT_MS), BACKUP_INTERVAL_MS);
}

if (!app.requestSingleInstanceLock()) {
  // Another Koor is running; it gets focused (second-instance below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', (event) => quitGuard.onBeforeQuit(event));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Koor', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
