import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from './api.ts';
import { MENU_LABELS } from './menuLabels.ts';

/** Sends a page command to the window the menu was used in. */
export type SendMenuCommand = (command: MenuCommand, window: BaseWindow | undefined) => void;

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Development builds get the developer tools item. */
  dev: boolean;
};

/** The application menu as a template: page commands go to the renderer, text editing uses native roles. */
export function menuTemplate(
  language: Language,
  send: SendMenuCommand,
  { platform, dev }: MenuOptions = { platform: 'linux', dev: false },
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[language];
  const mac = platform === 'darwin';
  const page = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: (_item, window) => send(command, window),
  });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Koor',
          submenu: [
            { label: t.about, role: 'about' },
            { type: 'separator' },
            { label: t.hide, role: 'hide' },
            { type: 'separator' },
            { label: t.quit, role: 'quit', accelerator: 'Command+Q' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: t.file,
      submenu: [
        page(t.newProject, 'new-project', 'CmdOrCtrl+N'),
        page(t.import, 'import', 'CmdOrCtrl+I'),
        page(t.export, 'export', 'CmdOrCtrl+E'),
        ...(mac
          ? []
          : [
              { type: 'separator' } as const,
              { label: t.quit, role: 'quit', accelerator: 'Ctrl+Q' } as const,
            ]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        // Undo/redo are the app's global history (codings, edits), so the page decides what to undo.
        page(t.undo, 'undo', 'CmdOrCtrl+Z'),
        page(t.redo, 'redo', mac ? 'Shift+Command+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { label: t.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: t.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: t.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: t.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        page(t.find, 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: t.view,
      submenu: [
        page(t.documents, 'show-documents', 'CmdOrCtrl+1'),
        page(t.codebook, 'show-codebook', 'CmdOrCtrl+2'),
        page(t.compare, 'show-compare', 'CmdOrCtrl+3'),
        page(t.exportView, 'show-export', 'CmdOrCtrl+4'),
        { type: 'separator' },
        { label: t.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
        { label: t.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: t.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: t.fullscreen, role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
        ...(dev
          ? [{ label: t.devTools, role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' } as const]
          : []),
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [
        page(t.shortcuts, 'help', 'F1'),
        ...(mac ? [] : [{ label: t.about, role: 'about' } as const]),
      ],
    },
  ];
}
