import type { IpcMain, WebContents } from 'electron';
import { INVOKE_CHANNEL } from './channels.ts';
import { dispatch, type IpcHandlers, type NativeDialogs } from './ipc.ts';
import { isTrustedSender } from './security.ts';

/** Connects the one invoke channel to the handler map; calls from any page but the app's are refused. */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: IpcHandlers,
  dialogsFor: (sender: WebContents) => NativeDialogs,
): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return Promise.reject(new Error('IPC refused: the caller is not the Koor page'));
    }
    return dispatch(handlers, { dialogs: dialogsFor(event.sender), senderId: event.sender.id }, name, args);
  });
}
