/**
 * Coding together against a real team server, real PostgreSQL and real Redis on 127.0.0.1, all started and
 * stopped by these tests: live codings, five busy clients converging, roles and tokens, an older client,
 * a server killed mid-sync, a client offline for a day of edits, and two instances behind Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coding } from '../../shared/model.ts';
import { startTeamServer, type TeamServer } from '../../shared/cli/server/teamServer.ts';
import {
  addCoding,
  editText,
  readCodings,
  readText,
  seedTranscript,
} from '../../shared/sync/transcriptDoc.ts';
import { SYNC_SCHEMA, transcriptDocName } from '../../shared/sync/protocol.ts';
import { connect, type TestClient } from '../team/client.ts';
import { freePort, startPostgres, startRedis, type Service } from '../team/services.ts';

const PROJECT = 'p1';
const DOCUMENT = 'd1';
const TEXT = 'GL: Wat is voor jullie normaal?\n'.concat(
  Array.from(
    { length: 200 },
    (_, i) => `R${i % 7}: Ik denk dat het gesprek ${i} laat zien wat normaal is.\n`,
  ).join(''),
);

let postgres: Service;
let server: TeamServer;
const clients: TestClient[] = [];
const tokens: Record<string, string> = {};

function client(token: string, options?: Parameters<typeof connect>[4], url = server.url): TestClient {
  const made = connect(url, PROJECT, DOCUMENT, token, options);
  clients.push(made);
  return made;
}

let serial = 0;
function coding(coderId: string, start: number, length = 12): Coding {
  serial += 1;
  return {
    id: `${coderId}-${serial}`,
    documentId: DOCUMENT,
    codeId: 'taal',
    coderId,
    start,
    end: start + length,
    createdAt: new Date().toISOString(),
  };
}

async function until(check: () => boolean, ms = 30_000, interval = 25): Promise<void> {
  await expect.poll(check, { timeout: ms, interval }).toBe(true);
}

/** Whether every id is among the document's codings (reading thousands of codings costs; poll calmly). */
function hasAll(doc: TestClient['doc'], ids: string[]): boolean {
  const present = new Set(readCodings(doc).map((c) => c.id));
  return ids.every((id) => present.has(id));
}

beforeAll(async () => {
  postgres = await startPostgres();
  server = await startTeamServer({ port: 0, database: postgres.url, debounce: 50 });
  for (const [name, role] of [
    ['owner', 'owner'],
    ['anna', 'coder'],
    ['bram', 'coder'],
    ['lezer', 'reader'],
  ] as const) {
    tokens[name] = (await server.store.invite(PROJECT, name, role)).token;
  }
  const owner = client(tokens.owner!);
  await owner.synced;
  seedTranscript(owner.doc, { text: TEXT, speakers: [], turns: [], codings: [] });
  await owner.flushed();
}, 90_000);

afterAll(async () => {
  clients.forEach((c) => c.close());
  await server?.stop();
  await postgres?.stop();
});

describe('a shared project on a team server', () => {
  it('shows one coder’s coding to another, live', async () => {
    const anna = client(tokens.anna!);
    const bram = client(tokens.bram!);
    await Promise.all([anna.synced, bram.synced]);
    expect(readText(bram.doc)).toBe(TEXT);
    const made = coding('anna', 40);
    addCoding(anna.doc, made);
    await until(() => readCodings(bram.doc).some((c) => c.id === made.id && c.coderId === 'anna'));
    expect(readCodings(bram.doc).find((c) => c.id === made.id)).toEqual(made);
  });

  it('converges five clients applying 1,000 codings each: nothing lost or doubled', async () => {
    const five = Array.from({ length: 5 }, () => client(tokens.anna!));
    await Promise.all(five.map((c) => c.synced));
    const before = readCodings(five[0]!.doc).length;
    await Promise.all(
      five.map(async (c, n) => {
        for (let i = 0; i < 1000; i++) {
          addCoding(c.doc, coding(`coder${n}`, (i * 37 + n * 11) % (TEXT.length - 20)));
          if (i % 50 === 49) await new Promise((r) => setTimeout(r, 5));
        }
      }),
    );
    const expected = before + 5000;
    await until(() => five.every((c) => c.doc.getMap('codings').size === expected), 60_000, 250);
    const ids = five.map((c) =>
      readCodings(c.doc)
        .map((k) => `${k.id}@${k.start}-${k.end}`)
        .join(),
    );
    expect(new Set(ids).size).toBe(1);
    expect(new Set(readCodings(five[0]!.doc).map((c) => c.id)).size).toBe(expected);
  }, 120_000);

  it('lets a reader read but not write', async () => {
    const reader = client(tokens.lezer!);
    const anna = client(tokens.anna!);
    await Promise.all([reader.synced, anna.synced]);
    expect(readText(reader.doc)).toBe(TEXT);
    const attempt = coding('lezer', 10);
    addCoding(reader.doc, attempt);
    const marker = coding('anna', 60);
    addCoding(anna.doc, marker);
    await until(() => readCodings(reader.doc).some((c) => c.id === marker.id));
    // Anna's later coding arrived, the reader's never left the reader.
    await new Promise((r) => setTimeout(r, 300));
    expect(readCodings(anna.doc).some((c) => c.id === attempt.id)).toBe(false);
    // Nor can a reader change the codebook, memos or summaries (the project document).
    const readerProject = client(tokens.lezer!, { project: true });
    const annaProject = client(tokens.anna!, { project: true });
    await Promise.all([readerProject.synced, annaProject.synced]);
    readerProject.doc.getMap('codes').set('gewist', { id: 'gewist', name: 'Van de lezer' });
    annaProject.doc.getMap('codes').set('taal', { id: 'taal', name: 'Taal' });
    await until(() => readerProject.doc.getMap('codes').has('taal'));
    await new Promise((r) => setTimeout(r, 300));
    expect(annaProject.doc.getMap('codes').has('gewist')).toBe(false);
    const fresh = client(tokens.bram!, { project: true });
    await fresh.synced;
    expect([...fresh.doc.getMap('codes').keys()]).toEqual(['taal']);
  });

  it('refuses a wrong, revoked or other project’s token, and nothing is readable', async () => {
    const bogus = client('koor1.p1.nobody.' + 'x'.repeat(43));
    expect(await bogus.refused).toMatch(/^token/);
    const other = (await server.store.invite('p2', 'elders', 'coder')).token;
    expect(await client(other).refused).toMatch(/^token/);
    const { member, token } = await server.store.invite(PROJECT, 'tijdelijk', 'coder');
    await client(token).synced;
    await server.store.revoke(PROJECT, member.memberId);
    const again = client(token);
    expect(await again.refused).toMatch(/^token/);
    for (const refused of [bogus, again]) expect(readText(refused.doc)).toBe('');
  });

  it('refuses a client with another sync layout, with a message that names both', async () => {
    const old = client(tokens.anna!, { schema: SYNC_SCHEMA - 1 });
    expect(await old.refused).toBe(
      `version: this server shares Koor projects in layout ${SYNC_SCHEMA}, the client in ${SYNC_SCHEMA - 1}`,
    );
    expect(readText(old.doc)).toBe('');
  });

  it('merges a day of offline edits on reconnect', async () => {
    const anna = client(tokens.anna!);
    const bram = client(tokens.bram!);
    await Promise.all([anna.synced, bram.synced]);
    anna.socket.disconnect();
    await until(() => anna.socket.status === 'disconnected');
    const offline = Array.from({ length: 300 }, (_, i) => coding('anna', (i * 13) % 2000));
    offline.forEach((c) => addCoding(anna.doc, c));
    editText(anna.doc, 0, 2, 'Gespreksleider');
    const online = coding('bram', 500);
    addCoding(bram.doc, online);
    await until(() => readCodings(bram.doc).some((c) => c.id === online.id));
    await anna.socket.connect();
    await until(
      () =>
        hasAll(
          bram.doc,
          offline.map((c) => c.id),
        ),
      30_000,
      250,
    );
    await until(() => readCodings(anna.doc).some((c) => c.id === online.id));
    expect(readText(bram.doc)).toBe(readText(anna.doc));
    expect(readText(bram.doc).startsWith('Gespreksleider')).toBe(true);
  });
});

describe('faults', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  it('keeps serving when the database drops its connections (a restart, an administrator)', async () => {
    const anna = client(tokens.anna!);
    await anna.synced;
    // Let the server's pool go idle, then end every connection but our own, as a PostgreSQL restart does.
    await new Promise((r) => setTimeout(r, 300));
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    const { rowCount } = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = $1',
      ['client backend'],
    );
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);
    const made = coding('anna', 300);
    addCoding(anna.doc, made);
    await anna.flushed();
    // The server stored it through a new connection: read the database's copy.
    const stored = async () => {
      const state = await server.store.fetchDocument(transcriptDocName(PROJECT, DOCUMENT));
      const copy = new Y.Doc();
      if (state) Y.applyUpdate(copy, state);
      return readCodings(copy).some((c) => c.id === made.id);
    };
    await expect.poll(stored, { timeout: 10_000, interval: 100 }).toBe(true);
  });

  async function serverProcess(port: number): Promise<ChildProcess> {
    const started = spawn(
      process.execPath,
      ['shared/cli/koor.mjs', 'server', '--port', String(port), '--database', postgres.url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      started.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('team server on') && resolve());
      started.once('exit', (code) => reject(new Error(`koor server exited with ${code}`)));
    });
    return started;
  }

  it('loses nothing when the server is killed mid-sync and restarted', async () => {
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}`;
    child = await serverProcess(port);
    const anna = client(tokens.anna!, undefined, url);
    await anna.synced;
    const made: Coding[] = [];
    for (let i = 0; i < 400; i++) {
      made.push(coding('anna', (i * 17) % 3000));
      addCoding(anna.doc, made.at(-1)!);
      if (i === 200) child.kill('SIGKILL');
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 5));
    }
    child = await serverProcess(port);
    await until(() => anna.provider.isSynced, 30_000, 250);
    const fresh = client(tokens.bram!, undefined, url);
    await fresh.synced;
    await until(
      () =>
        hasAll(
          fresh.doc,
          made.map((c) => c.id),
        ),
      60_000,
      250,
    );
  }, 120_000);

  it('keeps clients on two instances behind Redis in step', async () => {
    const redis = await startRedis();
    const [one, two] = await Promise.all(
      [0, 1].map(() => startTeamServer({ port: 0, database: postgres.url, redis: redis.url, debounce: 50 })),
    );
    try {
      const anna = client(tokens.anna!, undefined, one!.url);
      const bram = client(tokens.bram!, undefined, two!.url);
      await Promise.all([anna.synced, bram.synced]);
      const fromAnna = coding('anna', 100);
      addCoding(anna.doc, fromAnna);
      await until(() => readCodings(bram.doc).some((c) => c.id === fromAnna.id));
      const fromBram = coding('bram', 200);
      addCoding(bram.doc, fromBram);
      await until(() => readCodings(anna.doc).some((c) => c.id === fromBram.id));
      expect(readCodings(anna.doc)).toEqual(readCodings(bram.doc));
    } finally {
      clients.forEach((c) => c.close());
      await one!.stop();
      await two!.stop();
      await redis.stop();
    }
  }, 60_000);
});
