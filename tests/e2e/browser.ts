import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.ts';
import type { Coding, ProjectData, Turn } from '../../shared/model.ts';

export { CHROMIUM };
const FLAGS = CHROMIUM_FLAGS;

/** Where screenshots of the tests go (also used for the README). */
export const OUTPUT_DIR = path.resolve('tests/e2e/output');

/** The URL of the built app. */
export function appUrl(): string {
  return inject('baseUrl');
}

/** A new empty Chromium profile directory. */
export function newProfile(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'koor-e2e-'));
}

/** Removes a profile directory. */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Launches Chromium on a profile and opens the app; the caller closes the context. */
export async function launch(
  profile: string,
  viewport = { width: 1400, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(appUrl());
  return { context, page };
}

/** Saves a screenshot under tests/e2e/output/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The seven fixture transcripts, one per perspective. */
export const FIXTURE_FILES = [
  '01_jongeren_teams.vtt',
  '02_ouders_codes.txt',
  '03_jgz_tijdcodes.txt',
  '04_jeugdhulp.docx',
  '05_gemeente_export.csv',
  '06_onderwijs.srt',
  '07_onderzoekers_opleiders.txt',
].map((f) => path.resolve('tests/fixtures/transcripts', f));

/** Gives each test its own empty Chromium profile, removed after the test. */
export function profilePerTest(): () => string {
  const profiles: string[] = [];
  afterEach(() => profiles.splice(0).forEach(removeProfile));
  return () => {
    const profile = newProfile();
    profiles.push(profile);
    return profile;
  };
}

/**
 * What the open project holds in this browser's store (its IndexedDB, read directly, not through the app): the
 * documents, speakers, turns, codes, codings and coders, as a ProjectData for shared/ code to compute with.
 */
export async function storedProject(page: Page): Promise<ProjectData> {
  return page.evaluate(async () => {
    const id = decodeURIComponent(/^#\/p\/([^/?]+)/.exec(location.hash)![1]!);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`koor-project-${id}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const [documents, speakers, turnLists, codes, codingLists, coders] = await Promise.all([
      all<ProjectData['documents'][number]>('documents'),
      all<ProjectData['speakers'][number]>('speakers'),
      all<{ turns: Turn[] }>('turnLists'),
      all<ProjectData['codes'][number]>('codes'),
      all<{ codings: Coding[] }>('codingLists'),
      all<ProjectData['coders'][number]>('coders'),
    ]);
    db.close();
    return {
      name: '',
      documents,
      speakers,
      turns: turnLists.flatMap((list) => list.turns),
      codes,
      codings: codingLists.flatMap((list) => list.codings),
      coders,
      memos: [],
      attributes: [],
    };
  });
}
