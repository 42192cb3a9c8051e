import { isMediaFile } from '../../shared/recordings/media.ts';
import type { PickedFile, Platform } from './types.ts';
import { adoptFile, webMedia } from './webMedia.ts';

/** Reads a chosen or dropped file as name + bytes; a recording is not read but kept as a reference. */
export async function readFile(file: File): Promise<PickedFile> {
  if (isMediaFile(file.name))
    return { name: file.name, bytes: new Uint8Array(0), recording: adoptFile(file) };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Reads the files of a file input. */
async function readPicked(files: FileList | null) {
  return Promise.all(Array.from(files ?? []).map(readFile));
}

/** The browser adapter: a file input to open, a download to save; no menu and no backups. */
export const webPlatform: Platform = {
  kind: 'web',
  openFiles({ extensions, multiple }) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = multiple;
      input.accept = extensions.map((e) => `.${e}`).join(',');
      input.style.display = 'none';
      input.dataset.testid = 'file-input';
      input.addEventListener('change', () => {
        void readPicked(input.files).then(resolve);
        input.remove();
      });
      input.addEventListener('cancel', () => {
        resolve([]);
        input.remove();
      });
      document.body.append(input);
      input.click();
    });
  },
  async saveFile({ suggestedName, bytes, mime }) {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  },
  setLanguage() {},
  setTeamServers: () => Promise.resolve(),
  onMenuCommand() {
    return () => {};
  },
  backups: null,
  onBackupRequest() {
    return () => {};
  },
  readDropped: readFile,
  media: webMedia,
};
