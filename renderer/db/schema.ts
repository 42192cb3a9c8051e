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

export type ProjectTables = {
  documents: EntityTable<KoorDocument, 'id'>;
  speakers: EntityTable<Speaker, 'id'>;
  turns: EntityTable<Turn, 'id'>;
  codes: EntityTable<Code, 'id'>;
  codings: EntityTable<Coding, 'id'>;
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
  'turns',
  'codes',
  'codings',
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
  return db;
}
