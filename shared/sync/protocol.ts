/**
 * What a Koor client and a Koor team server agree on: the names of the shared Yjs documents, the layout
 * version, member roles and the form of an invitation token (docs/team-sync.md).
 */

/**
 * The version of Koor's shared-document layout. A client with another version is refused.
 * 1: rows as plain values; 2: summaries' texts as Y.Text, so two people writing one summary merge per character;
 * 3: summaries' citations as entries of their own and markers by citation id, so two people citing at once keep both.
 */
export const SYNC_SCHEMA = 3;

export type MemberRole = 'owner' | 'coder' | 'reader';

export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'coder', 'reader'];

/** The shared document of a project's codebook, coders, documents list, memos and summaries. */
export function projectDocName(projectId: string): string {
  return `koor:${projectId}`;
}

/** The shared document of one transcript: its text, speakers, turns and codings. */
export function transcriptDocName(projectId: string, documentId: string): string {
  return `koor:${projectId}:${documentId}`;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The project a shared document belongs to, or null for a name that is not Koor's. */
export function projectOfDocName(name: string): string | null {
  const parts = name.split(':');
  if (parts[0] !== 'koor' || parts.length < 2 || parts.length > 3) return null;
  return parts.slice(1).every((part) => ID.test(part)) ? parts[1]! : null;
}

export type InvitationToken = { projectId: string; memberId: string; secret: string };

/** Reads "koor1.<project>.<member>.<secret>", or null when the token is not of that form. */
export function parseToken(token: string): InvitationToken | null {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || parts[0] !== 'koor1') return null;
  const [, projectId, memberId, secret] = parts as [string, string, string, string];
  if (!ID.test(projectId) || !ID.test(memberId) || !/^[A-Za-z0-9_-]{32,128}$/.test(secret)) return null;
  return { projectId, memberId, secret };
}

/** Writes an invitation token. */
export function formatToken(token: InvitationToken): string {
  return `koor1.${token.projectId}.${token.memberId}.${token.secret}`;
}
