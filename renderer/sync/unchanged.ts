import type { Patch } from '../db/patch.ts';
import type { ProjectDb, TableName } from '../db/schema.ts';

type Row = Record<string, unknown>;

/** The same value whatever the order of its keys (Dexie and Yjs keep object keys in different orders). */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(
      Object.entries(value as Row)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

export function sameRow(a: unknown, b: unknown): boolean {
  return JSON.stringify(stable(a)) === JSON.stringify(stable(b));
}

/**
 * The patch without the rows Dexie already holds as they are and without deletes of rows it does not hold, so
 * reading a whole shared project again writes (and re-renders) only what differs.
 */
export async function withoutUnchanged(db: ProjectDb, patch: Patch): Promise<Patch> {
  const out: Record<string, { put: Row[]; delete: string[] }> = {};
  for (const [name, part] of Object.entries(patch) as [TableName, { put?: Row[]; delete?: string[] }][]) {
    const table = db.table(name);
    const puts = part.put ?? [];
    const key = (row: Row) => String(name === 'attributes' ? row.name : row.id);
    const stored = (await table.bulkGet(puts.map(key))) as (Row | undefined)[];
    const put = puts.filter((row, i) => !stored[i] || !sameRow(stored[i], row));
    const deletes = part.delete ?? [];
    const present = (await table.bulkGet(deletes)) as (Row | undefined)[];
    const del = deletes.filter((_, i) => present[i] !== undefined);
    if (put.length || del.length) out[name] = { put, delete: del };
  }
  return out as Patch;
}
