import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo } from './api.ts';
import {
  BACKUP_EXTENSION,
  META_EXTENSION,
  backupId,
  backupStamp,
  parseBackupFileName,
  selectForPruning,
  stampToIso,
  type ParsedBackupName,
} from './backupNames.ts';
import { expectBackupId, expectProjectId } from './validate.ts';

export type BackupStore = {
  save(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo>;
  list(projectId?: string): Promise<BackupInfo[]>;
  read(backupId: string): Promise<Uint8Array>;
};

export type BackupStoreOptions = {
  /** The backups folder, e.g. `<userData>/backups`. */
  dir: string;
  /** Snapshots kept per project (newest first). */
  keep?: number;
  now?: () => Date;
};

export const DEFAULT_KEEP = 10;

type Meta = { projectName: string };

function isMeta(value: unknown): value is Meta {
  return typeof value === 'object' && value !== null && typeof (value as Meta).projectName === 'string';
}

/** Backups of .qdpx snapshots in one folder; arguments are validated again here, whoever calls. */
export function createBackupStore({
  dir,
  keep = DEFAULT_KEEP,
  now = () => new Date(),
}: BackupStoreOptions): BackupStore {
  const file = (id: string, extension: string) => path.join(dir, `${id}${extension}`);

  async function parsedBackups(): Promise<ParsedBackupName[]> {
    const names = await readdir(dir).catch(() => []);
    return names.map(parseBackupFileName).filter((parsed): parsed is ParsedBackupName => parsed !== null);
  }

  async function projectName(parsed: ParsedBackupName): Promise<string> {
    try {
      const meta: unknown = JSON.parse(await readFile(file(parsed.id, META_EXTENSION), 'utf8'));
      return isMeta(meta) ? meta.projectName : parsed.projectId;
    } catch {
      return parsed.projectId;
    }
  }

  async function info(parsed: ParsedBackupName): Promise<BackupInfo> {
    const { size } = await stat(file(parsed.id, BACKUP_EXTENSION));
    return {
      id: parsed.id,
      projectId: parsed.projectId,
      projectName: await projectName(parsed),
      createdAt: stampToIso(parsed.stamp),
      size,
    };
  }

  async function freeId(projectId: string): Promise<{ id: string; stamp: string }> {
    // Two saves within the same millisecond get successive stamps instead of overwriting each other.
    const taken = new Set((await parsedBackups()).map((parsed) => parsed.id));
    for (let time = now().getTime(); ; time += 1) {
      const stamp = backupStamp(new Date(time));
      const id = backupId(projectId, stamp);
      if (!taken.has(id)) return { id, stamp };
    }
  }

  async function prune(): Promise<void> {
    for (const old of selectForPruning(await parsedBackups(), keep)) {
      await rm(file(old.id, BACKUP_EXTENSION), { force: true });
      await rm(file(old.id, META_EXTENSION), { force: true });
    }
  }

  return {
    async save(projectId, name, bytes) {
      expectProjectId(projectId);
      await mkdir(dir, { recursive: true });
      const { id } = await freeId(projectId);
      // Write, then rename: a crash mid-write leaves a .tmp file, never a truncated backup.
      const temporary = file(id, `${BACKUP_EXTENSION}.tmp`);
      await writeFile(temporary, bytes);
      await writeFile(file(id, META_EXTENSION), JSON.stringify({ projectName: name } satisfies Meta));
      await rename(temporary, file(id, BACKUP_EXTENSION));
      await prune();
      const parsed = parseBackupFileName(`${id}${BACKUP_EXTENSION}`);
      if (parsed === null) throw new Error(`unexpected backup id ${id}`);
      return info(parsed);
    },

    async list(projectId) {
      if (projectId !== undefined) expectProjectId(projectId);
      const wanted = (await parsedBackups()).filter(
        (parsed) => projectId === undefined || parsed.projectId === projectId,
      );
      const infos = await Promise.all(wanted.map((parsed) => info(parsed).catch(() => null)));
      return infos
        .filter((item): item is BackupInfo => item !== null)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.projectId.localeCompare(b.projectId));
    },

    async read(id) {
      expectBackupId(id);
      const buffer = await readFile(file(id, BACKUP_EXTENSION));
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}
