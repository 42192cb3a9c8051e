import type { ProjectDb, ProjectTables, TableName } from './schema.ts';
import { TABLE_NAMES } from './schema.ts';

type RowOf<T extends TableName> = ProjectTables[T] extends { bulkPut(rows: readonly (infer R)[]): unknown }
  ? R
  : never;

/**
 * A set of writes over several tables, applied in one transaction. `insert` is for rows with fresh ids (an
 * import): they are added without first reading what they replace, and adding one that exists fails the patch.
 */
export type Patch = { [T in TableName]?: { put?: RowOf<T>[]; delete?: string[]; insert?: RowOf<T>[] } };

/** How a long patch reports its progress and learns that it should stop. */
export type PatchProgress = {
  /** Called after each part is written (before the transaction commits). */
  onPart?: (done: number, total: number) => void;
  /** Aborted before the last part is written: the transaction is rolled back and nothing is stored. */
  signal?: AbortSignal;
};

function keyOf(table: TableName, row: unknown): string {
  const record = row as Record<string, unknown>;
  return String(table === 'attributes' ? record.name : table === 'settings' ? record.key : record.id);
}

/** The tables a patch writes to. */
export function tablesOf(patch: Patch): TableName[] {
  return TABLE_NAMES.filter(
    (t) =>
      patch[t] &&
      ((patch[t].put?.length ?? 0) > 0 ||
        (patch[t].delete?.length ?? 0) > 0 ||
        (patch[t].insert?.length ?? 0) > 0),
  );
}

/** One patch that does what `patches` do in order (later puts of a row win). */
export function mergePatches(patches: readonly Patch[]): Patch {
  const merged: Record<string, { put: unknown[]; delete: string[]; insert: unknown[] }> = {};
  for (const patch of patches) {
    for (const name of tablesOf(patch)) {
      const part = (merged[name] ??= { put: [], delete: [], insert: [] });
      for (const row of patch[name]!.put ?? []) part.put.push(row);
      for (const key of patch[name]!.delete ?? []) part.delete.push(key);
      for (const row of patch[name]!.insert ?? []) part.insert.push(row);
    }
  }
  return merged as Patch;
}

/**
 * Applies a patch in one read-write transaction and returns its inverse (the patch that restores
 * every touched row as it was). A failure rolls the whole patch back.
 */
export async function applyPatch(db: ProjectDb, patch: Patch): Promise<Patch> {
  return applyPatches(db, [patch]);
}

/**
 * Applies several patches in order in ONE read-write transaction and returns the inverse of them all. Between
 * parts the page gets the main thread back (each write is its own IndexedDB request), so a large import can show
 * progress; an abort or a failure rolls every part back, so nothing is ever half stored.
 */
export async function applyPatches(
  db: ProjectDb,
  patches: readonly Patch[],
  progress: PatchProgress = {},
): Promise<Patch> {
  const tables = [...new Set(patches.flatMap(tablesOf))];
  if (tables.length === 0) return {};
  return db.transaction(
    'rw',
    tables.map((t) => db.table(t)),
    async () => {
      const inverse: Record<string, { put: unknown[]; delete: string[] }> = {};
      // A row touched by several parts is restored to its state before the first.
      const seen = new Set<string>();
      for (const [index, patch] of patches.entries()) {
        if (progress.signal?.aborted) throw abortError();
        for (const name of tablesOf(patch)) {
          const table = db.table(name);
          const part = patch[name]!;
          const putKeys = (part.put ?? []).map((row) => keyOf(name, row));
          const touched = [...new Set([...putKeys, ...(part.delete ?? [])])].filter(
            (key) => !seen.has(`${name}\u0000${key}`),
          );
          touched.forEach((key) => seen.add(`${name}\u0000${key}`));
          const before = touched.length ? ((await table.bulkGet(touched)) as unknown[]) : [];
          const undo = (inverse[name] ??= { put: [], delete: [] });
          before.forEach((row, i) =>
            row === undefined ? undo.delete.push(touched[i]!) : undo.put.push(row),
          );
          if (part.delete?.length) await table.bulkDelete(part.delete);
          if (part.put?.length) await table.bulkPut(part.put);
          if (part.insert?.length) {
            await table.bulkAdd(part.insert);
            for (const row of part.insert) undo.delete.push(keyOf(name, row));
          }
        }
        progress.onPart?.(index + 1, patches.length);
      }
      if (progress.signal?.aborted) throw abortError();
      return inverse as Patch;
    },
  );
}

function abortError(): DOMException {
  return new DOMException('The write was stopped; nothing was stored.', 'AbortError');
}
