/**
 * What a Koor team server keeps in PostgreSQL: the Yjs state of every shared document, and the members of
 * each project with the hash of their invitation token (never the token itself).
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import pg from 'pg';
import { formatToken, parseToken, projectOfDocName, type MemberRole } from '../../sync/protocol.ts';

export type Member = {
  projectId: string;
  memberId: string;
  name: string;
  role: MemberRole;
  revoked: boolean;
};

const SCHEMA = `
create table if not exists koor_documents (
  name text primary key,
  project text not null,
  state bytea not null,
  updated_at timestamptz not null default now()
);
create table if not exists koor_members (
  project text not null,
  id text not null,
  name text not null,
  role text not null check (role in ('owner', 'coder', 'reader')),
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (project, id)
);`;

function hash(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

function toMember(row: {
  project: string;
  id: string;
  name: string;
  role: MemberRole;
  revoked_at: Date | null;
}): Member {
  return {
    projectId: row.project,
    memberId: row.id,
    name: row.name,
    role: row.role,
    revoked: row.revoked_at !== null,
  };
}

export type TeamStore = {
  fetchDocument(name: string): Promise<Uint8Array | null>;
  storeDocument(name: string, state: Uint8Array): Promise<void>;
  /** Adds a member and returns the invitation token, shown once. */
  invite(projectId: string, name: string, role: MemberRole): Promise<{ member: Member; token: string }>;
  revoke(projectId: string, memberId: string): Promise<boolean>;
  members(projectId: string): Promise<Member[]>;
  /** The member a token belongs to, or null for an unknown, malformed or revoked token. */
  authenticate(token: string): Promise<Member | null>;
  close(): Promise<void>;
};

/** Connects to PostgreSQL (a postgres:// URL) and creates Koor's two tables when they are missing. */
export async function openTeamStore(url: string): Promise<TeamStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection that the database drops (a restart, an administrator, a network blip) is reported here;
  // without a listener node-postgres throws it and the whole team server stops. The pool opens a new
  // connection for the next query, so saying so is all there is to do.
  pool.on('error', (error) => console.error(`[database] idle connection lost: ${error.message}`));
  await pool.query(SCHEMA);
  return {
    async fetchDocument(name) {
      const { rows } = await pool.query<{ state: Buffer }>(
        'select state from koor_documents where name = $1',
        [name],
      );
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    async storeDocument(name, state) {
      const project = projectOfDocName(name);
      if (project === null) throw new Error(`not a Koor document: ${name}`);
      await pool.query(
        `insert into koor_documents (name, project, state) values ($1, $2, $3)
         on conflict (name) do update set state = excluded.state, updated_at = now()`,
        [name, project, Buffer.from(state)],
      );
    },
    async invite(projectId, name, role) {
      const memberId = randomUUID().replaceAll('-', '').slice(0, 16);
      const secret = randomBytes(32).toString('base64url');
      await pool.query(
        'insert into koor_members (project, id, name, role, token_hash) values ($1, $2, $3, $4, $5)',
        [projectId, memberId, name, role, hash(secret)],
      );
      return {
        member: { projectId, memberId, name, role, revoked: false },
        token: formatToken({ projectId, memberId, secret }),
      };
    },
    async revoke(projectId, memberId) {
      const result = await pool.query(
        'update koor_members set revoked_at = now() where project = $1 and id = $2 and revoked_at is null',
        [projectId, memberId],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async members(projectId) {
      const { rows } = await pool.query(
        'select project, id, name, role, revoked_at from koor_members where project = $1 order by created_at',
        [projectId],
      );
      return rows.map(toMember);
    },
    async authenticate(token) {
      const parsed = parseToken(token);
      if (!parsed) return null;
      const { rows } = await pool.query(
        'select project, id, name, role, revoked_at, token_hash from koor_members where project = $1 and id = $2',
        [parsed.projectId, parsed.memberId],
      );
      const row = rows[0] as (Parameters<typeof toMember>[0] & { token_hash: Buffer }) | undefined;
      if (!row || row.revoked_at !== null) return null;
      const given = hash(parsed.secret);
      return row.token_hash.length === given.length && timingSafeEqual(row.token_hash, given)
        ? toMember(row)
        : null;
    },
    close: () => pool.end(),
  };
}
