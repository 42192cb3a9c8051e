/**
 * A shared project's connection (docs/team-sync.md): its Yjs documents, each kept in this browser's IndexedDB
 * (y-indexeddb, so work done offline survives a restart) and synchronised over one WebSocket with the team
 * server (Hocuspocus). This person's writes reach the documents through the history's observer; everyone
 * else's reach Dexie as patches outside the history. Nothing here runs for a project that is not shared.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  parseToken,
  projectDocName,
  SYNC_SCHEMA,
  transcriptDocName,
  type MemberRole,
} from '../../shared/sync/protocol.ts';
import { foldDuplicateSummaries, observeLostTexts, restoreLostText } from '../../shared/sync/summaryDoc.ts';
import { changedIn, foldDuplicateCodings } from '../../shared/sync/transcriptDoc.ts';
import { setCurrentCoder } from '../db/codings.ts';
import { applyPatch, tablesOf, type Patch } from '../db/patch.ts';
import type { ProjectSession } from '../db/projects.ts';
import {
  defineParts,
  holdsWork,
  LOCAL,
  mirrorWrite,
  projectPatch,
  seedShared,
  tableMap,
  transcriptPatch,
  type SharedDocs,
} from './mirror.ts';
import { withoutUnchanged } from './unchanged.ts';
import { ROLE_SETTING } from '../db/role.ts';

/** What a project needs to be shared: the server's ws:// or wss:// address and this member's token. */
export type TeamConfig = { server: string; token: string };

export type TeamMember = { memberId: string; name: string; role: MemberRole };

/** Why sharing stopped: a message key of the team catalogue. */
export type TeamProblem =
  | 'team.refused.token'
  | 'team.refused.version'
  | 'team.refused.other'
  | 'team.join.notEmpty'
  | 'team.join.readerEmpty';

export type TeamStatus = {
  state: 'connecting' | 'connected' | 'offline' | 'refused';
  problem?: TeamProblem;
  /** The server's own words when it refused (shown beside the translated reason). */
  detail?: string;
  members: TeamMember[];
  you: TeamMember | null;
  /** Documents with changes the server has not confirmed yet. */
  unsynced: number;
};

type Part = { doc: Y.Doc; provider: HocuspocusProvider; persistence: IndexeddbPersistence };

/**
 * The origin of folding a coding made twice (foldDuplicateCodings), a summary shared as two records
 * (foldDuplicateSummaries) or restoring a summary text started at once with a colleague: sent to the others,
 * read into Dexie here.
 */
const FOLD = Symbol('koor-fold');

/** The IndexedDB name of one shared document's local copy. */
export function persistenceName(localProjectId: string, docName: string): string {
  return `koor-sync-${localProjectId}-${docName}`;
}

function problemOf(reason: string): TeamProblem {
  if (reason.startsWith('version')) return 'team.refused.version';
  if (reason.startsWith('token')) return 'team.refused.token';
  return 'team.refused.other';
}

export class TeamSync {
  private socket: HocuspocusProviderWebsocket | null = null;
  private project: Part | null = null;
  private transcripts = new Map<string, Part>();
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  private stopObserving: (() => void) | null = null;
  private readonly sharedId: string;
  private stopped = false;
  /** Resolves once the project document has synced with the server (its coders are then known). */
  private projectSynced: Promise<void>;
  private onProjectSynced = () => {};
  status: TeamStatus = { state: 'connecting', members: [], you: null, unsynced: 0 };

  constructor(
    private readonly session: ProjectSession,
    readonly config: TeamConfig,
  ) {
    const token = parseToken(config.token);
    if (!token) throw new Error('not a Koor invitation token');
    this.sharedId = token.projectId;
    this.projectSynced = new Promise((resolve) => (this.onProjectSynced = resolve));
  }

  /**
   * Connects. On the first share (`join`) the server's project decides: an empty one is filled from this
   * project, a filled one is read into this (empty) project; otherwise the local copies load and merge.
   * Resolves once the project document is ready, or with the problem that stopped sharing.
   */
  async start(join: boolean): Promise<TeamProblem | null> {
    const doc = defineParts(new Y.Doc(), 'project');
    const name = projectDocName(this.sharedId);
    let persistence: IndexeddbPersistence | null = null;
    if (!join) {
      persistence = new IndexeddbPersistence(persistenceName(this.session.id, name), doc);
      await persistence.whenSynced;
      if (this.stopped) return null;
    }
    this.socket = new HocuspocusProviderWebsocket({
      url: `${this.config.server.replace(/\/+$/, '')}?schema=${SYNC_SCHEMA}`,
      // Back within a few seconds once the server can be reached again.
      delay: 500,
      minDelay: 500,
      maxDelay: 4000,
    });
    this.socket.on('status', ({ status }: { status: WebSocketStatus }) => {
      if (this.status.state === 'refused') return;
      this.update({
        state:
          status === WebSocketStatus.Connected && this.project?.provider.isAuthenticated
            ? 'connected'
            : status === WebSocketStatus.Disconnected
              ? 'offline'
              : 'connecting',
      });
    });
    const outcome = new Promise<string | null>((resolve) => {
      const provider = this.provider(name, doc, {
        onSynced: () => {
          this.onProjectSynced();
          this.foldSummaries();
          resolve(null);
        },
        onRefused: (reason) => resolve(reason),
      });
      this.project = { doc, provider, persistence: persistence! };
    });
    if (!join) {
      this.observe();
      for (const documentId of tableMap(doc, 'documents').keys()) this.transcript(documentId);
      this.enqueue(() => this.reconcile());
      return null;
    }
    const refused = await outcome;
    if (this.stopped) return null;
    if (refused !== null) return this.fail(problemOf(refused), refused);
    const meta = doc.getMap('meta');
    const filled = meta.has('schema');
    if (filled && (await holdsWork(this.session.db))) return this.fail('team.join.notEmpty');
    if (this.stopped) return null;
    if (!filled && this.status.you?.role === 'reader') return this.fail('team.join.readerEmpty');
    this.project!.persistence = new IndexeddbPersistence(persistenceName(this.session.id, name), doc);
    this.observe();
    if (filled) {
      for (const documentId of tableMap(doc, 'documents').keys()) this.transcript(documentId);
      this.enqueue(() => this.reconcile());
    } else {
      await seedShared(this.session.db, this.docs());
      doc.transact(() => meta.set('schema', SYNC_SCHEMA), LOCAL);
    }
    return null;
  }

  /** Disconnects and forgets nothing (the project stays shared; the next open reconnects). */
  stop(): void {
    this.stopped = true;
    this.stopObserving?.();
    this.stopObserving = null;
    for (const part of [this.project, ...this.transcripts.values()]) {
      if (!part) continue;
      part.provider.destroy();
      void part.persistence?.destroy();
    }
    this.transcripts.clear();
    this.project = null;
    this.socket?.destroy();
    this.socket = null;
  }

  /** Stops sharing on this computer: disconnects and deletes the local copies of the shared documents. */
  async leave(): Promise<void> {
    const parts = [this.project, ...this.transcripts.values()].filter((p): p is Part => p !== null);
    this.stop();
    await Promise.all(parts.map((p) => p.persistence?.clearData()));
  }

  /** Resolves once every change of this computer is on the server. */
  flushed(): Promise<void> {
    return this.enqueue(async () => {
      while (this.unsynced() > 0) await new Promise((r) => setTimeout(r, 50));
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private docs(): SharedDocs {
    return { project: this.project!.doc, transcript: (id) => this.transcript(id).doc };
  }

  private provider(
    name: string,
    doc: Y.Doc,
    on: { onSynced?: () => void; onRefused?: (reason: string) => void } = {},
  ): HocuspocusProvider {
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket!,
      name,
      document: doc,
      token: this.config.token,
      onSynced: () => on.onSynced?.(),
      onAuthenticated: () => {
        if (name === projectDocName(this.sharedId)) {
          provider.sendStateless('members');
          if (this.socket?.status === WebSocketStatus.Connected) this.update({ state: 'connected' });
        }
      },
      onAuthenticationFailed: ({ reason }) => {
        this.update({ state: 'refused', problem: problemOf(reason), detail: reason });
        on.onRefused?.(reason);
      },
      onStateless: ({ payload }) => void this.onMembers(payload),
      onUnsyncedChanges: () => this.update({ unsynced: this.unsynced() }),
    });
    provider.attach();
    return provider;
  }

  private async onMembers(payload: string) {
    let message: { type?: string; you?: string; members?: TeamMember[] };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (message.type !== 'members' || !Array.isArray(message.members)) return;
    const you = message.members.find((m) => m.memberId === message.you) ?? null;
    this.update({ members: message.members, you });
    // Kept, so that a reader's screen stays read-only while offline or before the server answers.
    if (you) await this.session.db.settings.put({ key: ROLE_SETTING, value: you.role });
    // This person codes under their member name, so every coding says whose it is. Chosen once the server's
    // coders are in Dexie (after the sync and its patch), so a second device of the same member finds the coder
    // the first made and their codings share one coder id.
    if (you && you.role !== 'reader') {
      await this.projectSynced;
      await this.enqueue(async () => {
        if (this.stopped) return;
        const coder = await setCurrentCoder(this.session, you.name);
        if (this.project) mirrorWrite(this.docs(), { coders: { put: [coder] } }, {});
      });
    }
  }

  private transcript(documentId: string): Part {
    let part = this.transcripts.get(documentId);
    if (part) return part;
    const doc = defineParts(new Y.Doc(), 'transcript');
    const name = transcriptDocName(this.sharedId, documentId);
    const persistence = new IndexeddbPersistence(persistenceName(this.session.id, name), doc);
    const provider = this.provider(name, doc);
    part = { doc, provider, persistence };
    this.transcripts.set(documentId, part);
    const onTransaction = (transaction: Y.Transaction) => {
      if (this.ignored(transaction)) return;
      const changed: ReadonlyMap<unknown, Set<string | null>> = new Map(transaction.changed);
      this.enqueue(() =>
        transcriptPatch(this.session.db, this.project!.doc, documentId, doc, changed).then((p) =>
          this.applyRemote(p),
        ),
      );
      // The same person coding the same words on two devices: one coding, once both have met.
      const codings = transaction.origin === FOLD ? [] : changedIn(doc, changed).codings;
      if (codings.length && this.status.you?.role !== 'reader')
        this.enqueue(async () => foldDuplicateCodings(doc, codings, FOLD));
    };
    doc.on('afterTransaction', onTransaction);
    return part;
  }

  /** This person's transactions and the local copy's loading are already in Dexie. */
  private ignored(transaction: Y.Transaction): boolean {
    return (
      transaction.origin === LOCAL ||
      transaction.origin instanceof IndexeddbPersistence ||
      transaction.changed.size === 0
    );
  }

  private observe() {
    const doc = this.project!.doc;
    const onTransaction = (transaction: Y.Transaction) => {
      if (this.ignored(transaction)) return;
      const changed: ReadonlyMap<unknown, Set<string | null>> = new Map(transaction.changed);
      const documents = changed.get(tableMap(doc, 'documents'));
      for (const id of documents ?? []) if (id && tableMap(doc, 'documents').has(id)) this.transcript(id);
      this.enqueue(() => projectPatch(this.session.db, doc, changed).then((p) => this.applyRemote(p)));
      if (transaction.origin !== FOLD && changed.has(tableMap(doc, 'summaries'))) this.foldSummaries();
    };
    doc.on('afterTransaction', onTransaction);
    // Two people starting one summary at once: the text of the one whose Y.Text the shared map did not keep.
    const offLost = observeLostTexts(doc, (key, lost) => {
      if (this.status.you?.role === 'reader') return;
      this.enqueue(async () => void restoreLostText(doc, key, lost, FOLD));
    });
    const offHistory = this.session.history.observe((written, replaced) => {
      if (this.project && this.status.you?.role !== 'reader') mirrorWrite(this.docs(), written, replaced);
    });
    this.stopObserving = () => {
      doc.off('afterTransaction', onTransaction);
      offLost();
      offHistory();
    };
  }

  /** Joins summaries of one grid place shared as two records (foldDuplicateSummaries); read into Dexie as a colleague's. */
  private foldSummaries() {
    if (this.status.you?.role === 'reader') return;
    this.enqueue(async () => {
      if (this.project && !this.stopped) foldDuplicateSummaries(this.project.doc, FOLD);
    });
  }

  /** Makes Dexie what the shared documents hold (after loading the local copies, or on joining). */
  private async reconcile() {
    const { db } = this.session;
    await this.applyRemote(await withoutUnchanged(db, await projectPatch(db, this.project!.doc, null)));
    for (const [documentId, part] of this.transcripts) {
      await part.persistence.whenSynced;
      // A transcript not received yet is read when it arrives.
      if (part.doc.getText('text').length === 0) continue;
      const patch = await transcriptPatch(db, this.project!.doc, documentId, part.doc, null);
      await this.applyRemote(await withoutUnchanged(db, patch));
    }
  }

  /**
   * Writes colleagues' changes in one transaction, with no undo step (and so past the history's observers:
   * nothing is mirrored back). Through the patch code, which keeps turns and codings in their documents' lists.
   */
  private async applyRemote(patch: Patch) {
    if (tablesOf(patch).length === 0) return;
    await applyPatch(this.session.db, patch);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error: unknown) => console.error(error));
    return next;
  }

  private unsynced(): number {
    return [this.project, ...this.transcripts.values()].filter((p) => p?.provider.hasUnsyncedChanges).length;
  }

  private fail(problem: TeamProblem, detail?: string): TeamProblem {
    this.stop();
    this.update({ state: 'refused', problem, ...(detail ? { detail } : {}) });
    return problem;
  }

  private update(change: Partial<TeamStatus>) {
    this.status = { ...this.status, ...change };
    this.listeners.forEach((l) => l());
  }
}
