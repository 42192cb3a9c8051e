import type { Platform } from './types.ts';

/** Reads the files of a file input as name + bytes. */
async function readPicked(files: FileList | null) {
  return Promise.all(
    Array.from(files ?? []).map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
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
  onMenuCommand() {
    return () => {};
  },
  backups: null,
  onBackupRequest() {
    return () => {};
  },
};
