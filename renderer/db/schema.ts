import Dexie, { type EntityTable } from 'dexie';
import type {
  AttributeDefinition,
  Code,
  Coder,
  Coding,
  KeyQuote,
  KoorDocument,
  Memo,
  Speaker,
  Summary,
  Turn,
} from '../../shared/model.ts';
import type { SyncPoint } from '../../shared/recordings/timeline.ts';
import type { Recording } from '../../shared/recordings/types.ts';

/** A segment of the questioning route (issue: group dynamics): the moderator question that opens it. */
export type Question = {
  id: string;
  documentId: string;
  turnId: string;
  label: string;
  start: number;
  order: number;
};

/** Project-level settings kept in the project database (current coder, pinned codes …). */
export type Setting = { key: string; value: unknown };

/**
 * Dexie schema versions of a project database. Never edit a published version: add a new one with an
 * upgrade function, and extend db/migrations.test.ts with data of the previous version.
 */
export const SCHEMA_V1 = {
  documents: 'id, name, sourceHash',
  speakers: 'id, documentId',
  turns: 'id, documentId',
  codes: 'id, parentId',
  codings: 'id, documentId, codeId, coderId',
  coders: 'id',
  memos: 'id, target',
  attributes: 'name',
  settings: 'key',
} as const;

/** v2: documents get an order (groups in sequence), positional indexes, and the questioning route. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: 'id, name, sourceHash, order',
  turns: 'id, documentId, [documentId+start]',
  codings: 'id, documentId, codeId, coderId, [documentId+start]',
  questions: 'id, documentId',
} as const;

/** v3: the summary grid's summaries (cell summaries, theme syntheses, column profiles) and key quotes. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  summaries: 'id, codeId, kind',
  keyQuotes: 'id, codingId, cell.codeId',
} as const;

/**
 * v4: recordings beside transcripts and the sync points that map text to media time. Only the new tables are
 * declared: Dexie keeps the tables of earlier versions (v3 is the synthesis tables' version).
 */
export const SCHEMA_V4 = {
  recordings: 'id, documentId',
  syncPoints: 'id, documentId',
} as const;

/**
 * v5: a document's turns and codings are kept together, one row per document ("lists"), instead of a row per
 * turn and per coding. Chromium's IndexedDB spends about half a millisecond on every row written or read, so a
 * study (24,000 turns, 100,000 codings) took a minute to store and seconds to read; 70 rows take milliseconds.
 * The upgrade moves every turn and coding into its document's list; v6 then drops the old tables (Dexie lets
 * an upgrade read a table that a later version deletes).
 */
export const SCHEMA_V5 = {
  turnLists: 'documentId',
  codingLists: 'documentId',
} as const;

export const SCHEMA_V6 = { turns: null, codings: null } as const;

/** The turns of one document, in text order (start, then id). */
export type TurnList = { documentId: string; turns: Turn[] };
/** The codings of one document, in text order (start, then id). */
export type CodingList = { documentId: string; codings: Coding[] };

/** Text order of turns and codings: by start, then by id (the order of the former [documentId+start] index). */
export function byStart(a: { start: number; id: string }, b: { start: number; id: string }): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Refuses a turn or coding that has no id or document, as IndexedDB refused such a row when each had its own
 * (the whole write then fails, so nothing is half stored).
 */
export function checkListRow(row: { id: unknown; documentId: unknown }): void {
  if (typeof row.id !== 'string' || typeof row.documentId !== 'string') {
    throw new DOMException('A turn or coding without an id or document cannot be stored.', 'DataError');
  }
}

/** Groups rows by their document into lists in text order. */
export function groupByDocument<T extends { documentId: string; start: number; id: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const row of rows) {
    checkListRow(row);
    const list = lists.get(row.documentId);
    if (list) list.push(row);
    else lists.set(row.documentId, [row]);
  }
  for (const list of lists.values()) list.sort(byStart);
  return lists;
}

export type ProjectTables = {
  documents: EntityTable<KoorDocument, 'id'>;
  speakers: EntityTable<Speaker, 'id'>;
  turnLists: EntityTable<TurnList, 'documentId'>;
  codes: EntityTable<Code, 'id'>;
  codingLists: EntityTable<CodingList, 'documentId'>;
  coders: EntityTable<Coder, 'id'>;
  memos: EntityTable<Memo, 'id'>;
  attributes: EntityTable<AttributeDefinition, 'name'>;
  settings: EntityTable<Setting, 'key'>;
  questions: EntityTable<Question, 'id'>;
  summaries: EntityTable<Summary, 'id'>;
  keyQuotes: EntityTable<KeyQuote, 'id'>;
  recordings: EntityTable<Recording, 'id'>;
  syncPoints: EntityTable<SyncPoint, 'id'>;
};

export type TableName = keyof ProjectTables;

export const TABLE_NAMES: TableName[] = [
  'documents',
  'speakers',
  'turnLists',
  'codes',
  'codingLists',
  'coders',
  'memos',
  'attributes',
  'settings',
  'questions',
  'summaries',
  'keyQuotes',
  'recordings',
  'syncPoints',
];

export type ProjectDb = Dexie & ProjectTables;

/** The IndexedDB name of a project's database. */
export function projectDbName(projectId: string): string {
  return `koor-project-${projectId}`;
}

/** Opens (and upgrades) the database of one project. */
export function openProjectDb(projectId: string): ProjectDb {
  const db = new Dexie(projectDbName(projectId)) as ProjectDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // Groups keep the order in which they were imported.
      const documents = await tx.table<KoorDocument>('documents').toArray();
      documents.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
      await Promise.all(documents.map((d, order) => tx.table('documents').update(d.id, { order })));
      // v1 codes had no `codable` flag: every code was codable.
      await tx
        .table<Code>('codes')
        .toCollection()
        .modify((code) => {
          if (typeof code.codable !== 'boolean') code.codable = true;
        });
    });
  // v3 only adds tables: nothing to convert. (v4 is reserved for recordings.)
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade(async (tx) => {
      const turns = groupByDocument(await tx.table<Turn>('turns').toArray());
      await tx
        .table<TurnList>('turnLists')
        .bulkPut([...turns].map(([documentId, list]) => ({ documentId, turns: list })));
      const codings = groupByDocument(await tx.table<Coding>('codings').toArray());
      await tx
        .table<CodingList>('codingLists')
        .bulkPut([...codings].map(([documentId, list]) => ({ documentId, codings: list })));
    });
  db.version(6).stores(SCHEMA_V6);
  return db;
}
