import { readFile, stat, writeFile } from 'node:fs/promises';
import type { FileAccess } from './ipc.ts';

/** File I/O for paths the user chose in a native dialog (ipc.ts never receives a path from the page). */
export const nodeFileAccess: FileAccess = {
  async size(filePath) {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error(`${filePath} is not a file`);
    return info.size;
  },
  async read(filePath) {
    const buffer = await readFile(filePath);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
  async write(filePath, bytes) {
    await writeFile(filePath, bytes);
  },
};
