import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appUrl.ts';
import { secureWebPreferences } from './security.ts';

/** The one Koor window: hidden until its first paint, so the user never sees a blank frame. */
export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Koor',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
