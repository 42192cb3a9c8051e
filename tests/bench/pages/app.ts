/**
 * The page steps the Chromium bench cases share, driven through the built app's UI as a user would: making a
 * project, opening a .qdpx as a new project from the Export screen, and opening a document. Unlike the other
 * files here this is not a bench page; it runs in Node with playwright-core.
 */
import type { Locator, Page } from 'playwright-core';

/** From the start screen: makes a project called `name` (optionally with a codebook choice). */
export async function createProject(
  page: Page,
  name: string,
  { codebook, wait = true }: { codebook?: string; wait?: boolean } = {},
): Promise<void> {
  await page.getByLabel('Naam van het project').fill(name);
  if (codebook) await page.getByLabel('Codeboek').selectOption(codebook);
  await page.getByRole('button', { name: 'Project maken' }).click();
  if (wait) await page.getByRole('heading', { name }).waitFor();
}

/**
 * From the start screen ("Projectbestand openen (.qdpx)…") or in an open project (Exporteren → "Project
 * importeren (.qdpx)…"): chooses `file`, and (when given) the new project's
 * name typed into the dialog. Returns the dialog's "Als nieuw project openen" button, not yet clicked, so a
 * case can time the click itself.
 */
export async function chooseQdpx(page: Page, file: string, name?: string): Promise<Locator> {
  const fromStart = page.getByRole('button', { name: 'Projectbestand openen (.qdpx)…' });
  const exportTab = page.getByRole('button', { name: 'Exporteren', exact: true });
  await fromStart.or(exportTab).first().waitFor();
  let choose = fromStart;
  if (!(await fromStart.count())) {
    await exportTab.click();
    choose = page.getByRole('button', { name: 'Project importeren (.qdpx)…' });
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles(file);
  const dialog = page.getByRole('dialog');
  // The dialog shows once the file is read, which takes a while for a study-sized project.
  if (name) await dialog.getByLabel('Naam van het nieuwe project').fill(name, { timeout: 180_000 });
  const open = dialog.getByRole('button', { name: 'Als nieuw project openen' });
  await open.waitFor({ timeout: 180_000 });
  return open;
}

/** From the start screen or an open project: opens `file` as a new project called `name` and waits until it is open. */
export async function openQdpx(page: Page, file: string, name: string): Promise<void> {
  await (await chooseQdpx(page, file, name)).click();
  await page.getByRole('heading', { name }).waitFor({ timeout: 180_000 });
}

/**
 * Opens `document` of `project`, from the start screen or from within the project. With `reuse`, a transcript
 * that is already shown is taken as it is.
 */
export async function openDocument(
  page: Page,
  project: string,
  document: string,
  { reuse = false }: { reuse?: boolean } = {},
): Promise<void> {
  const turn = page.locator('.transcript .turn').first();
  const projectButton = page.getByRole('button', { name: new RegExp(`^${project}`) }).first();
  const documents = page.getByRole('button', { name: 'Documenten', exact: true });
  await (reuse ? turn.or(projectButton) : projectButton).or(documents).first().waitFor({ timeout: 60_000 });
  if (reuse && (await turn.count())) return;
  if (await projectButton.count()) await projectButton.click();
  await documents.click();
  await page.getByRole('button', { name: document, exact: true }).click();
  await turn.waitFor({ timeout: 60_000 });
}
