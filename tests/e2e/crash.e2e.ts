import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest } from './browser.ts';

const freshProfile = profilePerTest();

const FIXTURES = path.resolve('tests/fixtures/transcripts');
const SEVEN = readdirSync(FIXTURES)
  .filter((f) => /^0\d_/.test(f))
  .map((f) => ({
    name: f,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(path.join(FIXTURES, f)),
  }));
// The template's code "Taal" (its GUID is the same in every project).
const TAAL = '024755aa-c11e-4680-813a-7edd8d890025';

/** A long focus group (~1 million characters, 4,000 turns of eight speakers): storing it takes a while. */
function largeTranscript(): Buffer {
  const lines = ['Gespreksleider: Wat is voor jullie normaal?'];
  for (let i = 0; i < 4000; i++)
    lines.push(
      `R${(i % 8) + 1}: Beurt ${i}. Voor mij is het normaal dat je eerst met de ouders praat en de school erbij haalt, ` +
        `zonder meteen een label of een diagnose te geven; taal doet ertoe en de buurt helpt mee, dat zie ik elke week.`,
    );
  return Buffer.from(lines.join('\n\n'));
}

/** Kills the browser of a profile outright (SIGKILL, by process id): no unload, no flush, like a power cut. */
async function kill(context: BrowserContext, profile: string): Promise<void> {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (args.some((a) => a === `--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) {
      process.kill(Number(pid), 'SIGKILL');
    }
  }
  await context.close().catch(() => undefined);
}

type DocumentState = {
  name: string;
  turns: number;
  speakers: number;
  /** Turns outside the text, or pointing at a speaker that is missing or belongs to another document. */
  broken: number;
};
type ProjectState = { name: string; documents: DocumentState[]; codings: number; brokenCodings: number };

/** Reads every project straight from IndexedDB and checks that each document is whole. */
function readState(page: Page): Promise<ProjectState[]> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const all = <T>(db: IDBDatabase, store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = { id: string; documentId: string; speakerId: string | null; start: number; end: number };
    const meta = await open('koor-meta');
    const projects = await all<{ id: string; name: string }>(meta, 'projects');
    meta.close();
    const out = [];
    for (const project of projects) {
      const db = await open(`koor-project-${project.id}`);
      const documents = await all<{ id: string; name: string; text: string }>(db, 'documents');
      const speakers = await all<{ id: string; documentId: string }>(db, 'speakers');
      // Turns and codings are stored as one list per document.
      const turns = (await all<{ turns: Row[] }>(db, 'turnLists')).flatMap((list) => list.turns);
      const codings = (await all<{ codings: Row[] }>(db, 'codingLists')).flatMap((list) => list.codings);
      db.close();
      const speakerDoc = new Map(speakers.map((s) => [s.id, s.documentId]));
      const texts = new Map(documents.map((d) => [d.id, d.text.length]));
      out.push({
        name: project.name,
        documents: documents.map((d) => {
          const own = turns.filter((t) => t.documentId === d.id);
          return {
            name: d.name,
            turns: own.length,
            speakers: speakers.filter((s) => s.documentId === d.id).length,
            broken: own.filter(
              (t) =>
                t.start < 0 ||
                t.end > d.text.length ||
                t.start > t.end ||
                (t.speakerId !== null && speakerDoc.get(t.speakerId) !== d.id),
            ).length,
          };
        }),
        codings: codings.length,
        brokenCodings: codings.filter((c) => !texts.has(c.documentId) || c.end > texts.get(c.documentId)!)
          .length,
      });
    }
    return out;
  });
}

async function importFiles(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles(files);
}

describe('crash safety', () => {
  it('a batch import killed while storing leaves no half-stored document; earlier work stays', async () => {
    const profile = freshProfile();
    const first = await launch(profile);
    let page = first.page;
    await page.getByLabel('Naam van het project').fill('Stroomstoring');
    await page.getByRole('button', { name: 'Project maken' }).click();
    // Confirmed before the crash: one document (not one of the batch, which would then be a duplicate).
    await importFiles(page, {
      name: 'eerder.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        [
          'Gespreksleider: Wat is normaal?',
          'R1: Dat het mag.',
          'R2: Dat je gezien wordt.',
          'Gespreksleider: En op school?',
          'R1: Daar is minder tijd.',
          'R2: Maar wel goede wil.',
        ].join('\n\n'),
      ),
    });
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('1 document geïmporteerd.').waitFor();
    const before = await readState(page);

    await importFiles(page, [
      ...SEVEN,
      { name: 'lange_sessie.txt', mimeType: 'text/plain', buffer: largeTranscript() },
    ]);
    const confirm = page.getByRole('dialog').getByRole('button', { name: '8 documenten importeren' });
    await expect.poll(() => confirm.isEnabled(), { timeout: 60_000 }).toBe(true);
    await confirm.click();
    // Mid-store: the transaction of ~4,000 turns and a million characters is still running.
    await page.waitForTimeout(40);
    await kill(first.context, profile);

    const second = await launch(profile);
    page = second.page;
    await page.getByRole('button', { name: /^Stroomstoring/ }).waitFor();
    const after = await readState(page);
    expect(after).toHaveLength(1);
    const [project] = after;
    // Everything confirmed before is there, unchanged.
    expect(project!.documents.filter((d) => d.name === before[0]!.documents[0]!.name)).toEqual(
      before[0]!.documents,
    );
    // All or nothing: either the whole batch landed or none of it.
    expect([1, 9]).toContain(project!.documents.length);
    for (const document of project!.documents) {
      expect(document.turns, document.name).toBeGreaterThan(0);
      expect(document.speakers, document.name).toBeGreaterThan(0);
      expect(document.broken, document.name).toBe(0);
    }
    if (project!.documents.length === 9) {
      const large = project!.documents.find((d) => d.name === 'Lange sessie');
      expect(large?.turns).toBe(4001);
      expect(large?.speakers).toBe(9);
    }
    console.info(`crash during import: ${project!.documents.length - 1} of 8 documents after restart`);
    await second.context.close();
  });

  it('a large coding step killed while storing leaves all or none of its codings; earlier codings stay', async () => {
    const profile = freshProfile();
    const first = await launch(profile);
    let page = first.page;
    await page.getByLabel('Naam van het project').fill('Codeerstoring');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await importFiles(page, { name: 'lange_sessie.txt', mimeType: 'text/plain', buffer: largeTranscript() });
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('1 document geïmporteerd.').waitFor();

    await page.getByRole('button', { name: 'Betrouwbaarheid', exact: true }).click();
    await page.getByRole('tab', { name: 'Automatisch coderen (suggesties)' }).click();
    await page.getByLabel('Code', { exact: true }).selectOption(TAAL);
    await page.getByLabel('Zoektermen (één of meer per regel)').fill('normaal');
    await page.getByRole('button', { name: 'Suggesties zoeken' }).click();
    const suggestions = page.locator('.suggestion');
    await suggestions.first().waitFor();
    // Confirmed before the crash: one coding.
    await suggestions.nth(0).getByRole('button', { name: 'Accepteren' }).click();
    await page.getByRole('button', { name: 'Geaccepteerde coderen (1)' }).click();
    const ask = page.getByRole('dialog');
    await ask.getByLabel('Je naam').fill('Chris');
    await ask.getByRole('button', { name: 'Opslaan en coderen' }).click();
    await page.getByText('1 codering met “Taal” toegevoegd als Chris.', { exact: false }).waitFor();
    const before = await readState(page);
    expect(before[0]!.codings).toBe(1);

    // Accept many: show more pages, accept all visible, then code them in one step.
    for (let i = 0; i < 30; i++) await page.getByRole('button', { name: /^Meer tonen/ }).click();
    await page.getByRole('button', { name: 'Alle zichtbare accepteren' }).click();
    const commit = page.getByRole('button', { name: /^Geaccepteerde coderen \(\d+\)$/ });
    const label = (await commit.textContent()) ?? '';
    const accepted = Number(/\((\d+)\)/.exec(label)![1]);
    expect(accepted).toBeGreaterThan(1000);
    await commit.click();
    await page.waitForTimeout(20);
    await kill(first.context, profile);

    const second = await launch(profile);
    page = second.page;
    await page.getByRole('button', { name: /^Codeerstoring/ }).waitFor();
    const [project] = await readState(page);
    expect([1, 1 + accepted]).toContain(project!.codings);
    expect(project!.brokenCodings).toBe(0);
    expect(project!.documents).toEqual(before[0]!.documents);
    console.info(`crash during coding: ${project!.codings - 1} of ${accepted} codings after restart`);
    await second.context.close();
  });
});
