/**
 * The Koor team server: Hocuspocus (Yjs over WebSocket) with the shared documents persisted in PostgreSQL,
 * members authenticated by invitation token per project, readers on read-only connections, clients of
 * another sync layout refused with a message, and Hocuspocus' Redis extension when several instances serve
 * the same projects.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import {
  Server,
  type Extension,
  type onAuthenticatePayload,
  type onStatelessPayload,
} from '@hocuspocus/server';
import { projectOfDocName, SYNC_SCHEMA } from '../../sync/protocol.ts';
import { openTeamStore, type Member, type TeamStore } from './store.ts';

export type TeamServerOptions = {
  port: number;
  /** The address to listen on; 127.0.0.1 unless the server sits behind a reverse proxy on another host. */
  host?: string;
  /** postgres://user:password@host:port/database */
  database: string;
  /** redis://host:port, for more than one instance. */
  redis?: string;
  /** Milliseconds between a change and its write to the database. */
  debounce?: number;
};

export type TeamServer = { url: string; port: number; store: TeamStore; stop(): Promise<void> };

/** Why a connection was refused; Hocuspocus sends `reason` to the client. */
export class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Checks one connection: a known, unrevoked member of the document's project, with this sync layout. */
export async function authenticate(
  store: Pick<TeamStore, 'authenticate'>,
  payload: Pick<onAuthenticatePayload, 'token' | 'documentName' | 'requestParameters' | 'connectionConfig'>,
): Promise<{ member: Member }> {
  const schema = payload.requestParameters.get('schema');
  if (schema !== String(SYNC_SCHEMA)) {
    throw new Refusal(
      `version: this server shares Koor projects in layout ${SYNC_SCHEMA}, the client in ${schema ?? 'none'}`,
    );
  }
  const project = projectOfDocName(payload.documentName);
  const member = project === null ? null : await store.authenticate(payload.token);
  if (!member || member.projectId !== project)
    throw new Refusal('token: unknown, revoked or for another project');
  if (member.role === 'reader') payload.connectionConfig.readOnly = true;
  return { member };
}

/**
 * Answers a client's stateless "members": the project's members who have not been revoked (id, name, role) and
 * which of them the asking connection is. Only members of the project ever connect, so only they see this.
 */
export async function answerMembers(
  store: Pick<TeamStore, 'members'>,
  { connection, payload }: Pick<onStatelessPayload, 'connection' | 'payload'>,
): Promise<void> {
  if (payload !== 'members') return;
  const member = (connection.context as { member?: Member }).member;
  if (!member) return;
  const members = (await store.members(member.projectId))
    .filter((m) => !m.revoked)
    .map(({ memberId, name, role }) => ({ memberId, name, role }));
  connection.sendStateless(JSON.stringify({ type: 'members', you: member.memberId, members }));
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    // ioredis 5 sends CLIENT SETINFO on connect; a SUBSCRIBE issued meanwhile puts the connection in subscriber
    // mode before its ready check (INFO), which Redis then refuses and the instance never hears the other one
    // (redis/ioredis#2037, fixed in ioredis 6, which the extension does not take yet).
    options: { disableClientInfo: true },
  });
}

/** Starts a team server and resolves once it listens. */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const store = await openTeamStore(options.database);
  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetchDocument(documentName),
      store: ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ];
  if (options.redis) extensions.push(redisExtension(options.redis));
  const server = new Server({
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 500,
    maxDebounce: 5000,
    extensions,
    onAuthenticate: (payload) => authenticate(store, payload),
    onStateless: (payload) => answerMembers(store, payload),
  });
  await server.listen();
  const port = server.address.port;
  return {
    url: `ws://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    async stop() {
      await server.destroy();
      await store.close();
    },
  };
}
