import type { KoorBridge } from '../../electron/api.ts';
import type { Platform } from './types.ts';
import { readFile } from './web.ts';
import { electronMedia } from './electronMedia.ts';

/** The Electron adapter: everything goes through the one object the preload exposes. */
export function electronPlatform(bridge: KoorBridge): Platform {
  return {
    kind: 'electron',
    openFiles: (options) => bridge.openFiles(options),
    saveFile: ({ suggestedName, bytes, title }) =>
      bridge.saveFile(title === undefined ? { suggestedName, bytes } : { suggestedName, bytes, title }),
    setLanguage: (language) => void bridge.setLanguage(language),
    setTeamServers: (origins) => bridge.setTeamServers(origins),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: bridge.backups,
    onBackupRequest: (listener) => bridge.onBackupRequest(listener),
    readDropped: readFile,
    media: electronMedia(bridge),
  };
}
