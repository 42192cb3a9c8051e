import type { ProjectDb, ProjectTables, TableName } from './schema.ts';
import { TABLE_NAMES } from './schema.ts';

type RowOf<T extends TableName> = ProjectTables[T] extends { bulkPut(rows: readonly (infer R)[]): unknown }
  ? R
  : never;

/** A set of writes over several tables, applied in one transaction. */
export type Patch = { [T in TableName]?: { put?: RowOf<T>[]; delete?: string[] } };

function keyOf(table: TableName, row: unknown): string {
  const record = row as Record<string, unknown>;
  return String(table === 'attributes' ? record.name : table === 'settings' ? record.key : record.id);
}

/** The tables a patch writes to. */
export function tablesOf(patch: Patch): TableName[] {
  return TABLE_NAMES.filter(
    (t) => patch[t] && ((patch[t].put?.length ?? 0) > 0 || (patch[t].delete?.length ?? 0) > 0),
  );
}

/**
 * Applies a patch in one read-write transaction and returns its inverse (the patch that restores
 * every touched row as it was). A failure rolls the whole patch back.
 */
export async function applyPatch(db: ProjectDb, patch: Patch): Promise<Patch> {
  const tables = tablesOf(patch);
  if (tables.length === 0) return {};
  return db.transaction(
    'rw',
    tables.map((t) => db.table(t)),
    async () => {
      const inverse: Patch = {};
      for (const name of tables) {
        const table = db.table(name);
        const part = patch[name]!;
        const putKeys = (part.put ?? []).map((row) => keyOf(name, row));
        const touched = [...new Set([...putKeys, ...(part.delete ?? [])])];
        const before = (await table.bulkGet(touched)) as unknown[];
        const restore = before.filter((row) => row !== undefined);
        const remove = touched.filter((_, i) => before[i] === undefined);
        (inverse as Record<string, unknown>)[name] = { put: restore, delete: remove };
        if (part.delete?.length) await table.bulkDelete(part.delete);
        if (part.put?.length) await table.bulkPut(part.put);
      }
      return inverse;
    },
  );
}
