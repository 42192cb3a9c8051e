import type { Coding, Id, ProjectData } from '../../shared/model.ts';
import { allCodings, documentCodings } from './lists.ts';
import type { ProjectDb } from './schema.ts';

/**
 * The codings the screen shows. Coding blind in a shared project (Samenwerken → Blind coderen) hides the other
 * coders' codings everywhere a view would show them — the transcript, Fragmenten, Vergelijken, Samenvatten,
 * Dynamiek and the code list's counts — until this person chooses to compare. Every view reads codings through
 * these functions; Betrouwbaarheid (where coders compare), exports and every write read all of them.
 */

/** The project's share settings (renderer/sync/team.ts); present only while the project is shared. */
export const TEAM_SETTING = 'team';
/** Whether this computer codes blind in this project. */
export const BLIND_SETTING = 'blindCoding';

/**
 * Whose codings this computer shows: null for everyone's, otherwise the one coder id (coding blind in a shared
 * project; '' when this computer has no coder name, as a reader, and so shows nobody's).
 */
export async function shownCoder(db: ProjectDb): Promise<string | null> {
  const [team, blind, coder] = await db.settings.bulkGet([TEAM_SETTING, BLIND_SETTING, 'currentCoder']);
  if (!team?.value || blind?.value !== true) return null;
  return coder ? String(coder.value) : '';
}

/** Which codings this computer shows: null when all of them, otherwise a test (own codings only). */
export async function codingFilter(db: ProjectDb): Promise<((coding: Coding) => boolean) | null> {
  const coder = await shownCoder(db);
  return coder === null ? null : (coding) => coding.coderId === coder;
}

// One coder's codings of a state of the coded material, kept so that an analysis index built on them is reused.
const onlyOwn = new WeakMap<readonly Coding[], { coder: string; codings: Coding[] }>();

/** The coded material with only the codings `coder` shows (shownCoder); the same arrays when null. */
export function withShownCodings(data: ProjectData, coder: string | null): ProjectData {
  if (coder === null) return data;
  let hit = onlyOwn.get(data.codings);
  if (!hit || hit.coder !== coder) {
    hit = { coder, codings: data.codings.filter((c) => c.coderId === coder) };
    onlyOwn.set(data.codings, hit);
  }
  return { ...data, codings: hit.codings };
}

/** Every coding of the project this computer shows, document by document. */
export async function visibleCodings(db: ProjectDb): Promise<Coding[]> {
  const [filter, codings] = await Promise.all([codingFilter(db), allCodings(db)]);
  return filter ? codings.filter(filter) : codings;
}

/** The codings of one document this computer shows, in text order. */
export async function visibleDocumentCodings(db: ProjectDb, documentId: Id): Promise<Coding[]> {
  const [filter, codings] = await Promise.all([codingFilter(db), documentCodings(db, documentId)]);
  return filter ? codings.filter(filter) : codings;
}
