import Dexie, { RangeSet, rangesOverlap, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Coding, Id, KoorDocument, ProjectData, Turn } from '../../shared/model.ts';
import type { ProjectDb } from './schema.ts';

/**
 * The coded material of a project (documents, speakers, turns, codes, codings, coders, memos, attributes) kept in
 * memory once read, for the analyses. A live query re-reads all of it after every write (a study: 5 M characters
 * and 100,000 codings, seconds under load); this store listens to the same notification Dexie's live queries
 * use ("storagemutated", fired after every committed write in this page and, through a BroadcastChannel, in
 * others) and re-reads only the tables written, and of the per-document tables only the documents written.
 * Nothing read before a write is served after it: a write marks what it touched stale before anyone can read,
 * and a write during a read makes the store read again.
 */

type WholeTable = 'speakers' | 'codes' | 'coders' | 'memos' | 'attributes';
type PerDocument = 'documents' | 'turnLists' | 'codingLists';
const WHOLE_TABLES: readonly WholeTable[] = ['speakers', 'codes', 'coders', 'memos', 'attributes'];
const PER_DOCUMENT: readonly PerDocument[] = ['documents', 'turnLists', 'codingLists'];

/** What is stale: whole tables, and per document table the keys written (true: all of them). */
type Stale = { whole: Set<WholeTable>; keys: Map<PerDocument, IntervalTree[] | true> };

const everything = (): Stale => ({
  whole: new Set(WHOLE_TABLES),
  keys: new Map(PER_DOCUMENT.map((table) => [table, true])),
});

export type CodedMaterialStore = {
  /** The material as last read (name ''), or undefined before the first read. */
  current(): ProjectData | undefined;
  /** Whether a write happened since the last read. */
  isStale(): boolean;
  /** Reads what is stale (nothing when nothing is) and resolves with material that is current. */
  load(): Promise<ProjectData>;
  /** Calls `listener` whenever new material has been read; while anyone listens, writes are read at once. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` after every write that touched the material (to prepare work in the background). */
  onStale(listener: () => void): () => void;
};

type Store = CodedMaterialStore & { release(): void };

const stores = new WeakMap<ProjectDb, Store>();

const compareIds = (a: Id, b: Id) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lets go of the store of a database closed for good (a deleted project). Dexie's notification is global: without
 * this, its listener would keep the project's material in memory for the rest of the session.
 */
export function releaseCodedMaterial(db: ProjectDb): void {
  stores.get(db)?.release();
  stores.delete(db);
}

/** The one store of a project database. */
export function codedMaterial(db: ProjectDb): CodedMaterialStore {
  let store = stores.get(db);
  if (!store) {
    store = createStore(db);
    stores.set(db, store);
  }
  return store;
}

function createStore(db: ProjectDb): Store {
  let stale = everything();
  let data: ProjectData | undefined;
  let reading: Promise<ProjectData> | undefined;
  const listeners = new Set<() => void>();
  const staleListeners = new Set<() => void>();
  // Per document id, as last read (kept so that unchanged documents are not read again).
  const documents = new Map<Id, KoorDocument>();
  const turnLists = new Map<Id, Turn[]>();
  const codingLists = new Map<Id, Coding[]>();
  const perDocument = { documents, turnLists, codingLists };
  let whole: Pick<ProjectData, WholeTable> = {
    speakers: [],
    codes: [],
    coders: [],
    memos: [],
    attributes: [],
  };

  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet) => {
    let touched = false;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const [table, index] = part.slice(prefix.length).split('/');
      if ((WHOLE_TABLES as readonly string[]).includes(table!)) {
        stale.whole.add(table as WholeTable);
        touched = true;
      } else if ((PER_DOCUMENT as readonly string[]).includes(table!)) {
        // Every write names the primary keys it touched (a range, or all, for bulk writes) in the part of the
        // primary key (index ''); the parts of other indexes name nothing more.
        const keys = stale.keys.get(table as PerDocument);
        if (index === '' && keys !== true) stale.keys.set(table as PerDocument, [...(keys ?? []), tree]);
        touched = true;
      }
    }
    if (!touched) return;
    for (const listener of staleListeners) listener();
    if (listeners.size > 0) void load();
  };
  Dexie.on('storagemutated', onMutated);

  const isStale = () => stale.whole.size > 0 || stale.keys.size > 0;

  /** Reads what `work` marks stale, in one transaction; resolves with the new material. */
  async function read(work: Stale): Promise<ProjectData> {
    const tables = [db.documents, db.speakers, db.turnLists, db.codes, db.codingLists];
    await db.transaction('r', [...tables, db.coders, db.memos, db.attributes], async () => {
      const wholeReads = [...work.whole].map(async (table) => {
        const rows = await db.table(table).toArray();
        if (table === 'codes') rows.sort((a: { order: number }, b: { order: number }) => a.order - b.order);
        whole = { ...whole, [table]: rows };
      });
      const listReads = [...work.keys].map(async ([table, written]) => {
        const cache: Map<Id, unknown> = perDocument[table];
        const keys = (await db.table(table).toCollection().primaryKeys()) as Id[];
        const present = new Set(keys);
        for (const id of [...cache.keys()]) if (!present.has(id)) cache.delete(id);
        const wanted = keys.filter(
          (id) =>
            written === true ||
            !cache.has(id) ||
            written.some((tree) => rangesOverlap(tree, new RangeSet(id))),
        );
        const rows = await db.table(table).bulkGet(wanted);
        wanted.forEach((id, i) => {
          const row = rows[i] as { turns?: Turn[]; codings?: Coding[] } | undefined;
          if (!row) cache.delete(id);
          else cache.set(id, table === 'turnLists' ? row.turns : table === 'codingLists' ? row.codings : row);
        });
      });
      await Promise.all([...wholeReads, ...listReads]);
    });
    // Documents in their order, turns and codings document by document (as the lists' key order). What was not
    // read again keeps its array, so that whatever was computed from it (an analysis index) stays valid.
    const again = (table: PerDocument) => !data || work.keys.has(table);
    const byKey = <T>(lists: Map<Id, T[]>) => [...lists.keys()].sort().flatMap((id) => lists.get(id)!);
    return {
      name: '',
      documents: again('documents')
        ? [...documents.values()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || compareIds(a.id, b.id))
        : data!.documents,
      turns: again('turnLists') ? byKey(turnLists) : data!.turns,
      codings: again('codingLists') ? byKey(codingLists) : data!.codings,
      ...whole,
    };
  }

  function load(): Promise<ProjectData> {
    if (reading) return reading;
    if (data && !isStale()) return Promise.resolve(data);
    reading = (async () => {
      try {
        // Whatever is written while reading is marked stale again and read in the next round.
        while (!data || isStale()) {
          const work = stale;
          stale = { whole: new Set(), keys: new Map() };
          try {
            data = await read(work);
          } catch (error) {
            // Nothing of a failed read is trusted: everything is read again next time.
            stale = everything();
            throw error;
          }
          for (const listener of listeners) listener();
        }
        return data;
      } finally {
        reading = undefined;
      }
    })();
    return reading;
  }

  return {
    current: () => data,
    isStale,
    load,
    subscribe(listener) {
      listeners.add(listener);
      if (!data || isStale()) load().catch(() => undefined);
      return () => listeners.delete(listener);
    },
    onStale(listener) {
      staleListeners.add(listener);
      return () => staleListeners.delete(listener);
    },
    release() {
      Dexie.on('storagemutated').unsubscribe(onMutated);
      listeners.clear();
      staleListeners.clear();
      data = undefined;
    },
  };
}
