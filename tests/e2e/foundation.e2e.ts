import { describe, expect, it } from 'vitest';
import { appUrl, launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

describe('foundation', () => {
  it('keeps a project and the chosen language across a browser restart', async () => {
    const profile = freshProfile();
    let { context, page } = await launch(profile);
    await page.getByRole('heading', { name: 'Projecten' }).waitFor();
    await screenshot(page, 'start-empty');

    await page.getByLabel('Naam van het project').fill('Wat is ieders normaal?');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await page.getByRole('heading', { name: 'Wat is ieders normaal?' }).waitFor();
    await page.getByRole('button', { name: 'Documenten' }).waitFor();

    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('button', { name: 'Documents' }).waitFor();
    await context.close();

    ({ context, page } = await launch(profile));
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Wat is ieders normaal\?/ }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'start-screen');
    await context.close();
  });

  it('renames and deletes a project with confirmation', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Proef');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await page.getByRole('heading', { name: 'Proef' }).waitFor();
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();

    await page.getByRole('button', { name: 'Naam wijzigen: Proef' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Pilot ouders');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: /^Pilot ouders/ }).waitFor();

    await page.getByRole('button', { name: 'Verwijderen: Pilot ouders' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('0 documenten en 0 coderingen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Pilot ouders/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Verwijderen: Pilot ouders' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Definitief verwijderen' }).click();
    await page.getByText('Je hebt nog geen projecten').waitFor();
    await context.close();
  });

  it('shows the Help screen with every shortcut on F1 and from the toolbar', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Hulp');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await page.getByRole('heading', { name: 'Hulp' }).waitFor();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Help en sneltoetsen' });
    await expect.poll(() => dialog.textContent()).toContain('Ctrl+K');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Help en sneltoetsen (F1)' }).click();
    await dialog.waitFor();
    await context.close();
  });

  it('sends no request outside its own origin', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    const origin = new URL(appUrl()).origin;
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    // WebSockets are not requests: an unshared project must not open one either (not even to a team server).
    page.on('websocket', (socket) => requests.push(socket.url()));
    await page.reload();
    await page.getByLabel('Naam van het project').fill('Privé');
    await page.getByRole('button', { name: 'Project maken' }).click();
    for (const section of ['Codeboek', 'Vergelijken', 'Exporteren', 'Documenten']) {
      await page.getByRole('button', { name: section, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Samenwerken' }).click();
    await page
      .getByRole('dialog', { name: 'Samenwerken' })
      .getByRole('button', { name: 'Annuleren' })
      .click();
    await page.waitForLoadState('networkidle');
    const foreign = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
