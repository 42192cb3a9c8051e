import type { Coding, Turn } from '../../shared/model.ts';
import type { ProjectDb, ProjectTables, TableName } from './schema.ts';
import { byStart, checkListRow, TABLE_NAMES } from './schema.ts';

/** Tables holding one row per record. Turns and codings are kept per document instead (see SCHEMA_V5). */
type RowTable = Exclude<TableName, 'turnLists' | 'codingLists'>;

type RowOf<T extends RowTable> = ProjectTables[T] extends { bulkPut(rows: readonly (infer R)[]): unknown }
  ? R
  : never;

/** A turn or coding to delete: its id and the document whose list holds it. */
export type ListRef = { id: string; documentId: string };

/**
 * A set of writes over several tables, applied in one transaction. `insert` is for rows with fresh ids (an
 * import): they are added without first reading what they replace, and adding one that exists fails the patch.
 * Turns and codings are written as rows too; the patch puts them into their documents' lists.
 */
export type Patch = { [T in RowTable]?: { put?: RowOf<T>[]; delete?: string[]; insert?: RowOf<T>[] } } & {
  turns?: { put?: Turn[]; delete?: ListRef[]; insert?: Turn[] };
  codings?: { put?: Coding[]; delete?: ListRef[]; insert?: Coding[] };
};

/** The tables a patch names: the row tables, and turns and codings (kept in lists). */
export type PatchName = RowTable | 'turns' | 'codings';

const LISTS = { turns: 'turnLists', codings: 'codingLists' } as const;
type ListName = keyof typeof LISTS;
const isList = (name: PatchName): name is ListName => name === 'turns' || name === 'codings';

const PATCH_NAMES: PatchName[] = TABLE_NAMES.map((t) =>
  t === 'turnLists' ? 'turns' : t === 'codingLists' ? 'codings' : t,
);

/** How a long patch reports its progress and learns that it should stop. */
export type PatchProgress = {
  /** Called after each part is written (before the transaction commits). */
  onPart?: (done: number, total: number) => void;
  /** Aborted before the last part is written: the transaction is rolled back and nothing is stored. */
  signal?: AbortSignal;
};

function keyOf(table: PatchName, row: unknown): string {
  const record = row as Record<string, unknown>;
  return String(table === 'attributes' ? record.name : table === 'settings' ? record.key : record.id);
}

/** The tables (turns and codings: lists) a patch writes to. */
export function tablesOf(patch: Patch): PatchName[] {
  return PATCH_NAMES.filter(
    (t) =>
      patch[t] &&
      ((patch[t].put?.length ?? 0) > 0 ||
        (patch[t].delete?.length ?? 0) > 0 ||
        (patch[t].insert?.length ?? 0) > 0),
  );
}

/** One patch that does what `patches` do in order (later puts of a row win). */
export function mergePatches(patches: readonly Patch[]): Patch {
  const merged: Record<string, { put: unknown[]; delete: unknown[]; insert: unknown[] }> = {};
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
  const names = [...new Set(patches.flatMap(tablesOf))];
  if (names.length === 0) return {};
  const lists = new ListsInWriting(db);
  return db.transaction(
    'rw',
    names.map((t) => db.table(isList(t) ? LISTS[t] : t)),
    async () => {
      const inverse: Record<string, { put: unknown[]; delete: unknown[] }> = {};
      // A row touched by several parts is restored to its state before the first.
      const seen = new Set<string>();
      const firstTouch = (name: string, key: string) => {
        const id = `${name}\u0000${key}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      };
      for (const [index, patch] of patches.entries()) {
        if (progress.signal?.aborted) throw abortError();
        for (const name of tablesOf(patch)) {
          const undo = (inverse[name] ??= { put: [], delete: [] });
          if (isList(name)) {
            await lists.apply(name, patch[name]!, undo, firstTouch);
            continue;
          }
          const table = db.table(name);
          const part = patch[name]!;
          const putKeys = (part.put ?? []).map((row) => keyOf(name, row));
          const touched = [...new Set([...putKeys, ...(part.delete ?? [])])].filter((key) =>
            firstTouch(name, key),
          );
          const before = touched.length ? ((await table.bulkGet(touched)) as unknown[]) : [];
          before.forEach((row, i) =>
            row === undefined ? undo.delete.push(touched[i]!) : undo.put.push(row),
          );
          if (part.delete?.length) await table.bulkDelete(part.delete);
          if (part.put?.length) await table.bulkPut(part.put as unknown[]);
          if (part.insert?.length) {
            await table.bulkAdd(part.insert as unknown[]);
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

type ListRow = Turn | Coding;

/**
 * The turn and coding lists a transaction writes: each document's list is read once, changed in memory by
 * every part that touches it, and written back (in text order) at the end of each part.
 */
class ListsInWriting {
  private loaded = new Map<string, Map<string, ListRow>>();

  constructor(private readonly db: ProjectDb) {}

  /**
   * Reads the lists of `documentIds` not read yet, in one request. (Inside a transaction, every await must be
   * on Dexie's own work: awaiting thousands of plain promises lets the transaction commit early.)
   */
  private async load(name: ListName, documentIds: Iterable<string>): Promise<void> {
    const missing = [...new Set(documentIds)].filter((id) => !this.loaded.has(`${name}\u0000${id}`));
    if (missing.length === 0) return;
    const rows =
      name === 'turns'
        ? (await this.db.turnLists.bulkGet(missing)).map((row) => row?.turns)
        : (await this.db.codingLists.bulkGet(missing)).map((row) => row?.codings);
    missing.forEach((documentId, i) => {
      const list: ListRow[] = rows[i] ?? [];
      this.loaded.set(`${name}\u0000${documentId}`, new Map(list.map((r) => [r.id, r])));
    });
  }

  private list(name: ListName, documentId: string): Map<string, ListRow> {
    return this.loaded.get(`${name}\u0000${documentId}`)!;
  }

  async apply(
    name: ListName,
    part: { put?: ListRow[]; delete?: ListRef[]; insert?: ListRow[] },
    undo: { put: unknown[]; delete: unknown[] },
    firstTouch: (name: string, key: string) => boolean,
  ): Promise<void> {
    for (const row of [...(part.put ?? []), ...(part.insert ?? [])]) checkListRow(row);
    const refs = [...(part.delete ?? []), ...(part.put ?? []), ...(part.insert ?? [])];
    await this.load(
      name,
      refs.map((r) => r.documentId),
    );
    const changed = new Set<string>();
    const remember = (list: Map<string, ListRow>, ref: ListRef) => {
      if (!firstTouch(name, ref.id)) return;
      const before = list.get(ref.id);
      if (before) undo.put.push(before);
      else undo.delete.push({ id: ref.id, documentId: ref.documentId });
    };
    for (const ref of part.delete ?? []) {
      const list = this.list(name, ref.documentId);
      remember(list, ref);
      list.delete(ref.id);
      changed.add(ref.documentId);
    }
    for (const row of part.put ?? []) {
      const list = this.list(name, row.documentId);
      remember(list, row);
      list.set(row.id, row);
      changed.add(row.documentId);
    }
    for (const row of part.insert ?? []) {
      const list = this.list(name, row.documentId);
      if (list.has(row.id)) {
        throw new DOMException(`${name}: ${row.id} exists already`, 'ConstraintError');
      }
      firstTouch(name, row.id);
      undo.delete.push({ id: row.id, documentId: row.documentId });
      list.set(row.id, row);
      changed.add(row.documentId);
    }
    const rows = [...changed].map((documentId) => {
      const list = [...this.list(name, documentId).values()].sort(byStart);
      return { documentId, list };
    });
    const table = name === 'turns' ? this.db.turnLists : this.db.codingLists;
    const emptied = rows.filter((r) => r.list.length === 0).map((r) => r.documentId);
    if (emptied.length) await table.bulkDelete(emptied);
    const kept = rows.filter((r) => r.list.length > 0);
    if (name === 'turns') {
      await this.db.turnLists.bulkPut(
        kept.map((r) => ({ documentId: r.documentId, turns: r.list as Turn[] })),
      );
    } else {
      await this.db.codingLists.bulkPut(
        kept.map((r) => ({ documentId: r.documentId, codings: r.list as Coding[] })),
      );
    }
  }
}

function abortError(): DOMException {
  return new DOMException('The write was stopped; nothing was stored.', 'AbortError');
}
