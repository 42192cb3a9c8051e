/** A Koor sync client in Node for the team-server tests: one Yjs document through a HocuspocusProvider. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { projectDocName, SYNC_SCHEMA, transcriptDocName } from '../../shared/sync/protocol.ts';

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The connection: disconnect() takes the client offline, connect() brings it back. */
  socket: HocuspocusProviderWebsocket;
  /** Resolves when the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves with the server's reason when it refuses the connection. */
  refused: Promise<string>;
  /** Resolves when the server has every local change. */
  flushed(): Promise<void>;
  close(): void;
};

/** Connects to the transcript `documentId` of `projectId` with an invitation token. */
export function connect(
  url: string,
  projectId: string,
  documentId: string,
  token: string,
  {
    schema = SYNC_SCHEMA,
    doc = new Y.Doc(),
    project = false,
  }: {
    schema?: number;
    doc?: Y.Doc;
    /** The project document instead of a transcript's. */ project?: boolean;
  } = {},
): TestClient {
  let onSynced = () => {};
  let onRefused = (_: string) => {};
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const socket = new HocuspocusProviderWebsocket({
    url: `${url}?schema=${schema}`,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly in tests (a server restart, a client back online).
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: project ? projectDocName(projectId) : transcriptDocName(projectId, documentId),
    document: doc,
    token,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    flushed: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!provider.hasUnsyncedChanges) {
            provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
        check();
      }),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
