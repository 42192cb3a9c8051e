import type { Coding, Id, Turn } from '../../shared/model.ts';
import type { ListRef } from './patch.ts';
import type { ProjectDb } from './schema.ts';

/**
 * Reading turns and codings, which are stored as one list per document (schema v5). Every list is kept in text
 * order (start, then id); the functions read only the lists they need.
 */

/** The turns of one document in text order. */
export async function documentTurns(db: ProjectDb, documentId: Id): Promise<Turn[]> {
  return (await db.turnLists.get(documentId))?.turns ?? [];
}

/** The codings of one document in text order. */
export async function documentCodings(db: ProjectDb, documentId: Id): Promise<Coding[]> {
  return (await db.codingLists.get(documentId))?.codings ?? [];
}

/** Every turn of the project, document by document. */
export async function allTurns(db: ProjectDb): Promise<Turn[]> {
  return (await db.turnLists.toArray()).flatMap((list) => list.turns);
}

/** Every coding of the project, document by document. */
export async function allCodings(db: ProjectDb): Promise<Coding[]> {
  return (await db.codingLists.toArray()).flatMap((list) => list.codings);
}

/** How a patch names a turn or coding to delete. */
export function refsOf(rows: readonly { id: Id; documentId: Id }[]): ListRef[] {
  return rows.map((row) => ({ id: row.id, documentId: row.documentId }));
}
