import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Language, MenuCommand } from './api.ts';
import { menuTemplate } from './menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const ALL_COMMANDS: MenuCommand[] = [
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
];

describe('menuTemplate', () => {
  it.each<[Language, string[], string[]]>([
    [
      'nl',
      ['Bestand', 'Bewerken', 'Beeld', 'Help'],
      [
        'Nieuw project',
        'Importeren…',
        'Exporteren…',
        'Afsluiten',
        'Ongedaan maken',
        'Opnieuw',
        'Knippen',
        'Kopiëren',
        'Plakken',
        'Alles selecteren',
        'Zoeken',
        'Documenten',
        'Codeboek',
        'Vergelijken',
        'Exporteren',
        'Sneltoetsen',
        'Over Koor',
      ],
    ],
    [
      'en',
      ['File', 'Edit', 'View', 'Help'],
      [
        'New project',
        'Import…',
        'Export…',
        'Quit',
        'Undo',
        'Redo',
        'Cut',
        'Copy',
        'Paste',
        'Select all',
        'Find',
        'Documents',
        'Codebook',
        'Compare',
        'Export',
        'Keyboard shortcuts',
        'About Koor',
      ],
    ],
  ])('speaks %s', (language, menus, labels) => {
    const template = menuTemplate(language, () => undefined);
    expect(template.map((menu) => menu.label)).toEqual(menus);
    const all = items(template).map((item) => item.label);
    for (const label of labels) expect(all).toContain(label);
  });

  it('shows an accelerator on every item except separators and submenus', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        for (const item of items(menuTemplate(language, () => undefined, { platform, dev: true }))) {
          if (item.type === 'separator' || item.submenu !== undefined || item.role === 'about') continue;
          if (item.role === 'hide') continue;
          expect(item.accelerator, `${language} ${platform} ${item.label}`).toBeTruthy();
        }
      }
    }
  });

  it('wires every page command exactly once, to the window it was used in', () => {
    const send = vi.fn();
    const template = menuTemplate('en', send);
    const window = { id: 1 } as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[1];
    for (const item of items(template)) {
      item.click?.(
        {} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[0],
        window,
        {} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[2],
      );
    }
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...ALL_COMMANDS].sort());
    expect(send.mock.calls.every(([, target]) => target === window)).toBe(true);
  });

  it('has no duplicate accelerators', () => {
    const accelerators = items(menuTemplate('nl', () => undefined, { platform: 'linux', dev: true }))
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('uses native roles for text editing, zoom and full screen', () => {
    const roles = items(menuTemplate('nl', () => undefined)).map((item) => item.role);
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).not.toContain('toggleDevTools');
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = menuTemplate('nl', () => undefined, { platform: 'darwin', dev: false });
    expect(template[0]?.label).toBe('Koor');
    const fileMenu = template[1]?.submenu;
    expect(Array.isArray(fileMenu) && fileMenu.some((item) => item.role === 'quit')).toBe(false);
  });
});
