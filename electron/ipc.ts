import path from 'node:path';
import type { Language, PickedFile, PickedMedia } from './api.ts';
import type { BackupStore } from './backups.ts';
import type { IpcContract, IpcName } from './channels.ts';
import {
  MAX_FILE_BYTES,
  MAX_OPEN_FILES,
  MAX_OPEN_TOTAL_BYTES,
  dialogFilters,
  dialogTitle,
  isMediaExtension,
} from './fileTypes.ts';
import type { MediaLinks } from './mediaLinks.ts';
import type { DialogFilter } from './fileTypes.ts';
import {
  InvalidArgumentError,
  expectBackupId,
  expectBytes,
  expectLanguage,
  expectTeamOrigins,
  expectMediaExtensions,
  expectMediaRef,
  expectOpenFilesRequest,
  expectProjectId,
  expectProjectName,
  expectRequestId,
  expectSaveFileRequest,
  extensionOf,
} from './validate.ts';

/** The native dialogs of the window that asked; the only source of paths main reads or writes. */
export type NativeDialogs = {
  open(options: { title: string; filters: DialogFilter[]; multiple: boolean }): Promise<string[]>;
  save(options: { title: string; defaultPath: string; filters: DialogFilter[] }): Promise<string | undefined>;
};

export type FileAccess = {
  size(filePath: string): Promise<number>;
  read(filePath: string): Promise<Uint8Array>;
  write(filePath: string, bytes: Uint8Array): Promise<void>;
};

/** Who is calling: the dialogs bound to the sender's window, and the sender's id. */
export type IpcContext = { dialogs: NativeDialogs; senderId: number };

export type IpcDeps = {
  files: FileAccess;
  backups: BackupStore;
  language(): Language;
  setLanguage(language: Language): void;
  backupDone(requestId: number, senderId: number): void;
  /** Recording references → paths on disk (recordings are linked, never copied). */
  media: MediaLinks;
  /** The only servers the page may reach: the team servers of projects shared on this computer. */
  setTeamServers(origins: string[]): void;
};

type Result<K extends IpcName> = Awaited<ReturnType<IpcContract[K]>>;

/** Every handler takes the raw, untrusted arguments and validates them itself. */
export type IpcHandlers = {
  [K in IpcName]: (context: IpcContext, args: readonly unknown[]) => Promise<Result<K>>;
};

function expectArgs(args: readonly unknown[], min: number, max: number, name: string): void {
  if (args.length < min || args.length > max) {
    throw new InvalidArgumentError(`${name}: expected ${min === max ? min : `${min}–${max}`} argument(s)`);
  }
}

const MESSAGES = {
  tooLarge: {
    nl: (name: string) => `“${name}” is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en wordt niet geopend.`,
    en: (name: string) => `“${name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and is not opened.`,
  },
  tooMany: {
    nl: () => `Kies ten hoogste ${MAX_OPEN_FILES} bestanden tegelijk (samen ten hoogste 1 GB).`,
    en: () => `Choose at most ${MAX_OPEN_FILES} files at a time (1 GB together at most).`,
  },
  wrongType: {
    nl: (name: string) => `“${name}” heeft geen ondersteunde bestandsextensie.`,
    en: (name: string) => `“${name}” does not have a supported file extension.`,
  },
};

const RECORDING_TITLE: Record<Language, string> = { nl: 'Opname kiezen', en: 'Choose a recording' };

/** Adds the extension when the user typed a name without it (Linux dialogs do not add one). */
export function withExtension(filePath: string, extension: string): string {
  return extensionOf(path.basename(filePath)) === extension ? filePath : `${filePath}.${extension}`;
}

/** The one map of IPC handler names to functions. */
export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  return {
    async openFiles({ dialogs }, args) {
      expectArgs(args, 1, 1, 'openFiles');
      const request = expectOpenFilesRequest(args[0]);
      const language = deps.language();
      const paths = await dialogs.open({
        title: request.title ?? dialogTitle('open', language),
        filters: dialogFilters(request.extensions, language),
        multiple: request.multiple,
      });
      if (paths.length > (request.multiple ? MAX_OPEN_FILES : 1))
        throw new Error(MESSAGES.tooMany[language]());
      let total = 0;
      const picked: PickedFile[] = [];
      for (const filePath of paths) {
        const name = path.basename(filePath);
        if (!(request.extensions as readonly string[]).includes(extensionOf(name))) {
          throw new Error(MESSAGES.wrongType[language](name));
        }
        const size = await deps.files.size(filePath);
        if (isMediaExtension(extensionOf(name))) {
          // A recording (an hour of video is 1 GB or more) is linked by reference, not read.
          const recording = { id: await deps.media.register(filePath), name, size };
          picked.push({ name, bytes: new Uint8Array(0), recording });
          continue;
        }
        if (size > MAX_FILE_BYTES) throw new Error(MESSAGES.tooLarge[language](name));
        total += size;
        if (total > MAX_OPEN_TOTAL_BYTES) throw new Error(MESSAGES.tooMany[language]());
        picked.push({ name, bytes: await deps.files.read(filePath) });
      }
      return picked;
    },

    async saveFile({ dialogs }, args) {
      expectArgs(args, 1, 1, 'saveFile');
      const request = expectSaveFileRequest(args[0]);
      const language = deps.language();
      const chosen = await dialogs.save({
        title: request.title ?? dialogTitle('save', language),
        defaultPath: request.suggestedName,
        filters: dialogFilters([request.extension], language),
      });
      if (chosen === undefined || chosen === '') return false;
      await deps.files.write(withExtension(chosen, request.extension), request.bytes);
      return true;
    },

    async setLanguage(_context, args) {
      expectArgs(args, 1, 1, 'setLanguage');
      deps.setLanguage(expectLanguage(args[0]));
    },

    async 'backups:save'(_context, args) {
      expectArgs(args, 3, 3, 'backups:save');
      return deps.backups.save(
        expectProjectId(args[0]),
        expectProjectName(args[1]),
        expectBytes(args[2], 'bytes'),
      );
    },

    async 'backups:list'(_context, args) {
      expectArgs(args, 0, 1, 'backups:list');
      return deps.backups.list(args[0] === undefined ? undefined : expectProjectId(args[0]));
    },

    async 'backups:read'(_context, args) {
      expectArgs(args, 1, 1, 'backups:read');
      return deps.backups.read(expectBackupId(args[0]));
    },

    async 'backups:done'({ senderId }, args) {
      expectArgs(args, 1, 1, 'backups:done');
      deps.backupDone(expectRequestId(args[0]), senderId);
    },

    async 'media:pick'({ dialogs }, args) {
      expectArgs(args, 1, 1, 'media:pick');
      const chosen = await pickRecording(dialogs, expectMediaExtensions(args[0]));
      if (!chosen) return null;
      return { id: await deps.media.register(chosen.path), name: chosen.name, size: chosen.size };
    },

    async 'media:status'(_context, args) {
      expectArgs(args, 1, 1, 'media:status');
      const filePath = await deps.media.resolve(expectMediaRef(args[0]));
      if (!filePath) return { ok: false, reason: 'missing' };
      try {
        return { ok: true, size: await deps.files.size(filePath) };
      } catch {
        return { ok: false, reason: 'missing' };
      }
    },

    async 'team:servers'(_context, args) {
      expectArgs(args, 1, 1, 'team:servers');
      deps.setTeamServers(expectTeamOrigins(args[0]));
    },

    async 'media:relink'({ dialogs }, args) {
      expectArgs(args, 2, 2, 'media:relink');
      const ref = expectMediaRef(args[0]);
      const extensions = expectMediaExtensions(args[1]);
      if (!(await deps.media.resolve(ref))) throw new InvalidArgumentError('media:relink: unknown recording');
      const chosen = await pickRecording(dialogs, extensions);
      if (!chosen) return null;
      await deps.media.relink(ref, chosen.path);
      return { id: ref, name: chosen.name, size: chosen.size } satisfies PickedMedia;
    },
  };

  async function pickRecording(dialogs: NativeDialogs, extensions: string[]) {
    const language = deps.language();
    const [filePath] = await dialogs.open({
      title: RECORDING_TITLE[language],
      filters: [{ name: RECORDING_TITLE[language], extensions }],
      multiple: false,
    });
    if (filePath === undefined) return null;
    const name = path.basename(filePath);
    if (!extensions.includes(extensionOf(name))) throw new Error(MESSAGES.wrongType[language](name));
    return { path: filePath, name, size: await deps.files.size(filePath) };
  }
}

/** Routes one invoke to its handler; unknown names are refused (no prototype lookups). */
export function dispatch(
  handlers: IpcHandlers,
  context: IpcContext,
  name: unknown,
  args: readonly unknown[],
): Promise<unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    return Promise.reject(new InvalidArgumentError(`unknown IPC call ${JSON.stringify(name)}`));
  }
  return handlers[name as IpcName](context, args);
}
