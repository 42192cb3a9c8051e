/**
 * Sharing a project on this computer: its share settings (server and token, kept in the project's own
 * settings, never shared), the one TeamSync per open shared project, and the page's list of admitted team
 * servers that csp.js turns into the Content-Security-Policy. An unshared project never creates a TeamSync.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { parseToken } from '../../shared/sync/protocol.ts';
import { readTeamOrigins, TEAM_SERVERS_KEY, teamOrigin } from '../../shared/sync/teamOrigin.ts';
import { metaDb } from '../db/meta.ts';
import { openProject, type ProjectSession } from '../db/projects.ts';
import { platform } from '../platform/index.ts';
import type { ProjectDb } from '../db/schema.ts';
import { ROLE_SETTING } from '../db/role.ts';
import { BLIND_SETTING, TEAM_SETTING } from '../db/visible.ts';
import { TeamSync, type TeamConfig, type TeamProblem, type TeamStatus } from './teamSync.ts';

const SETTING = TEAM_SETTING;
/** A share asked for but not yet made: the page reloads first so that its CSP admits the server. */
const PENDING = 'teamPending';
const BLIND = BLIND_SETTING;

const syncs = new Map<string, TeamSync>();

export type ShareInputProblem = 'team.input.server' | 'team.input.token';

/** Checks a server address and token as typed; null when both are usable. */
export function checkShareInput(server: string, token: string): ShareInputProblem | null {
  if (!teamOrigin(server)) return 'team.input.server';
  if (!parseToken(token)) return 'team.input.token';
  return null;
}

/** The origins the page's CSP admits (the servers of the projects shared on this computer). */
export function admittedOrigins(): string[] {
  return readTeamOrigins(localStorage.getItem(TEAM_SERVERS_KEY));
}

/** Stores the admitted servers for csp.js and tells Electron's main process (its CSP header and request filter). */
async function setAdmitted(origins: string[]) {
  if (origins.length) localStorage.setItem(TEAM_SERVERS_KEY, JSON.stringify(origins));
  else localStorage.removeItem(TEAM_SERVERS_KEY);
  await platform.setTeamServers(origins);
}

/** The share settings of a project (live); null when it is not shared. */
export function useTeamConfig(db: ProjectDb): TeamConfig | null | undefined {
  return useLiveQuery(
    async () => ((await db.settings.get(SETTING))?.value as TeamConfig | undefined) ?? null,
    [db],
  );
}

/**
 * Starts sharing: admits the server in the page's CSP (reloading the page when it was not yet admitted, after
 * which `resumeTeam` finishes the share) and joins. Resolves with the problem that stopped it, or null.
 */
export async function shareProject(
  session: ProjectSession,
  config: TeamConfig,
  reload: () => void = () => window.location.reload(),
): Promise<TeamProblem | 'reload' | null> {
  const origin = teamOrigin(config.server)!;
  const admitted = admittedOrigins();
  if (!admitted.includes(origin)) {
    await setAdmitted([...admitted, origin]);
    await session.db.settings.put({ key: PENDING, value: config });
    reload();
    return 'reload';
  }
  return join(session, config);
}

async function join(session: ProjectSession, config: TeamConfig): Promise<TeamProblem | null> {
  syncs.get(session.id)?.stop();
  const sync = new TeamSync(session, config);
  syncs.set(session.id, sync);
  notify();
  const problem = await sync.start(true);
  if (problem) return problem;
  await session.db.settings.put({ key: SETTING, value: config });
  return null;
}

/** Opens an open project's sharing: reconnects a shared project, or finishes a share asked for before a reload. */
export async function resumeTeam(session: ProjectSession): Promise<TeamProblem | null> {
  if (syncs.has(session.id)) return null;
  const pending = (await session.db.settings.get(PENDING))?.value as TeamConfig | undefined;
  if (pending) {
    await session.db.settings.delete(PENDING);
    const problem = await join(session, pending);
    if (problem) await forgetOrigin(pending.server, await otherServers(session.id));
    return problem;
  }
  const config = (await session.db.settings.get(SETTING))?.value as TeamConfig | undefined;
  if (!config || !admittedOrigins().includes(teamOrigin(config.server) ?? '')) return null;
  const sync = new TeamSync(session, config);
  syncs.set(session.id, sync);
  notify();
  return sync.start(false);
}

/** The servers of the other projects shared on this computer (their origin stays admitted). */
async function otherServers(projectId: string): Promise<string[]> {
  const others = (await metaDb.projects.toArray()).filter((p) => p.id !== projectId);
  const configs = await Promise.all(others.map((p) => openProject(p.id).db.settings.get(SETTING)));
  return configs.flatMap((c) =>
    (c?.value as TeamConfig | undefined)?.server ? [(c!.value as TeamConfig).server] : [],
  );
}

/** Leaves the shared project on this computer: the local project stays, as a copy of its own. */
export async function leaveTeam(session: ProjectSession): Promise<void> {
  const sync = syncs.get(session.id);
  syncs.delete(session.id);
  notify();
  await sync?.leave();
  const config = (await session.db.settings.get(SETTING))?.value as TeamConfig | undefined;
  await session.db.settings.bulkDelete([SETTING, ROLE_SETTING]);
  if (config) await forgetOrigin(config.server, await otherServers(session.id));
}

async function forgetOrigin(server: string, stillUsed: string[]) {
  const origin = teamOrigin(server);
  const used = new Set(stillUsed.map((s) => teamOrigin(s)));
  if (origin && !used.has(origin)) await setAdmitted(admittedOrigins().filter((o) => o !== origin));
}

/** Stops the connection of a project that is closed (it stays shared). */
export function closeTeam(projectId: string): void {
  syncs.get(projectId)?.stop();
  syncs.delete(projectId);
  notify();
}

/** The running TeamSync of a project, if it is shared and open. */
export function teamSyncOf(projectId: string): TeamSync | undefined {
  return syncs.get(projectId);
}

const registryListeners = new Set<() => void>();
function notify() {
  registryListeners.forEach((l) => l());
}

const NO_STATUS = null;

/** The connection state of an open project (live); null when it is not shared. */
export function useTeamStatus(projectId: string): TeamStatus | null {
  return useSyncExternalStore(
    (listener) => {
      registryListeners.add(listener);
      let off = syncs.get(projectId)?.subscribe(listener);
      const onRegistry = () => {
        off?.();
        off = syncs.get(projectId)?.subscribe(listener);
      };
      registryListeners.add(onRegistry);
      return () => {
        registryListeners.delete(listener);
        registryListeners.delete(onRegistry);
        off?.();
      };
    },
    () => syncs.get(projectId)?.status ?? NO_STATUS,
  );
}

/** Opens the sharing of the workspace's project, and closes it when the workspace closes. */
export function useTeamSession(session: ProjectSession, onProblem: (problem: TeamProblem) => void): void {
  useEffect(() => {
    let live = true;
    void resumeTeam(session).then((problem) => live && problem && onProblem(problem));
    return () => {
      live = false;
      closeTeam(session.id);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per project
  }, [session]);
}

/** Whether this computer codes blind in this project: others' codings stay hidden until compared (live). */
export function useBlindCoding(db: ProjectDb): boolean {
  return useLiveQuery(async () => (await db.settings.get(BLIND))?.value === true, [db]) ?? false;
}

export async function setBlindCoding(db: ProjectDb, blind: boolean): Promise<void> {
  await db.settings.put({ key: BLIND, value: blind });
}
