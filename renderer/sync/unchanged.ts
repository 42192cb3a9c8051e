import { documentCodings, documentTurns } from '../db/lists.ts';
import type { ListRef, Patch, PatchName } from '../db/patch.ts';
import type { ProjectDb } from '../db/schema.ts';

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
  const out: Record<string, { put: Row[]; delete: unknown[] }> = {};
  for (const [name, part] of Object.entries(patch) as [PatchName, { put?: Row[]; delete?: unknown[] }][]) {
    const puts = part.put ?? [];
    const deletes = part.delete ?? [];
    let stored: (Row | undefined)[];
    let present: (Row | undefined)[];
    if (name === 'turns' || name === 'codings') {
      // Turns and codings are kept in their documents' lists: read those lists once.
      const refs = deletes as ListRef[];
      const documentIds = [
        ...new Set([...puts.map((r) => String(r.documentId)), ...refs.map((r) => r.documentId)]),
      ];
      const rows = new Map<string, Row>();
      for (const documentId of documentIds) {
        const list =
          name === 'turns' ? await documentTurns(db, documentId) : await documentCodings(db, documentId);
        for (const row of list) rows.set(row.id, row as unknown as Row);
      }
      stored = puts.map((row) => rows.get(String(row.id)));
      present = refs.map((ref) => rows.get(ref.id));
    } else {
      const table = db.table(name);
      const key = (row: Row) => String(name === 'attributes' ? row.name : row.id);
      stored = (await table.bulkGet(puts.map(key))) as (Row | undefined)[];
      present = (await table.bulkGet(deletes as string[])) as (Row | undefined)[];
    }
    const put = puts.filter((row, i) => !stored[i] || !sameRow(stored[i], row));
    const del = deletes.filter((_, i) => present[i] !== undefined);
    if (put.length || del.length) out[name] = { put, delete: del };
  }
  return out as Patch;
}
