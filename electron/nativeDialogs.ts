import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { NativeDialogs } from './ipc.ts';

/** The IPC handlers' dialogs, shown as sheets/modals of the window that asked. */
export function electronDialogs(
  dialog: Dialog,
  window: BrowserWindow | null,
  defaultDirectory: string,
): NativeDialogs {
  return {
    async open({ title, filters, multiple }) {
      const options: OpenDialogOptions = {
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const result =
        window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      return result.canceled ? [] : result.filePaths;
    },
    async save({ title, defaultPath, filters }) {
      const options: SaveDialogOptions = {
        title,
        filters,
        defaultPath: path.join(defaultDirectory, defaultPath),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result =
        window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      return result.canceled ? undefined : result.filePath;
    },
  };
}
