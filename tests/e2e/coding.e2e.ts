import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const FILE = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');
// A gold quote of MANIFEST.json (theme "taal", speaker Farid).
const QUOTE = 'Ze zei: ik ben niet kwetsbaar, mijn situatie was kwetsbaar.';

const freshProfile = profilePerTest();

/** Finds a piece of the transcript with the find box, then selects it as a mouse drag would. */
async function selectText(page: Page, text: string) {
  const find = page.getByRole('searchbox', { name: 'Zoeken in document' });
  await find.fill(text);
  await find.press('Enter');
  await page.locator('.find-hit').first().waitFor();
  await find.fill('');
  await page.evaluate((needle) => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>('.transcript [data-start]'));
    const span = spans.find((s) => s.textContent?.includes(needle));
    if (!span?.firstChild) throw new Error(`text not shown: ${needle}`);
    // A mouse-down in the text focuses its turn before the drag selects.
    span.closest<HTMLElement>('.turn')?.focus();
    const at = span.textContent!.indexOf(needle);
    const range = document.createRange();
    range.setStart(span.firstChild, at);
    range.setEnd(span.firstChild, at + needle.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

/**
 * Holds the project's codings in the store: a write transaction on them is kept open (one request after another)
 * until the function it resolves with is called, so a coding made meanwhile is stored only then. That function
 * resolves once the writes queued behind the hold are done, with the number of codings stored.
 */
async function holdCodings(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const id = decodeURIComponent(/^#\/p\/([^/?]+)/.exec(location.hash)![1]!);
        const open = indexedDB.open(`koor-project-${id}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('codingLists', 'readwrite');
          const store = tx.objectStore('codingLists');
          const w = window as unknown as { koorRelease: () => Promise<number> };
          let held = true;
          // The app stores a coding after the frame that shows it (at most 100 ms later without frames): the hold
          // lasts past that, so the coding's write is queued behind it before anything is read.
          w.koorRelease = () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  held = false;
                  // A read after the hold waits for the writes that were queued behind it.
                  const lists = db.transaction('codingLists').objectStore('codingLists').getAll();
                  lists.onsuccess = () => {
                    db.close();
                    done(
                      (lists.result as { codings: unknown[] }[]).reduce((n, l) => n + l.codings.length, 0),
                    );
                  };
                }, 250),
              ),
            );
          const spin = () => {
            if (held) store.count().onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => (window as unknown as { koorRelease: () => Promise<number> }).koorRelease());
}

/** The index of the turn the keyboard is on. */
const focusedTurn = (page: Page) => page.locator('.turn.focused').getAttribute('data-row');

async function fragmentTexts(page: Page, code: string): Promise<string[]> {
  await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
  const box = page.locator('.retrieval-codes').getByLabel(code, { exact: true });
  if (!(await box.isChecked())) await box.check();
  await page.locator('.fragment-text mark').first().waitFor();
  return page.locator('.fragment-text mark').allTextContents();
}

/** Where a word of a turn is on screen (the turn holding `inTurn`): its left and right edge and its middle line. */
async function wordAt(page: Page, inTurn: string, word: string) {
  return page.evaluate(
    ([inTurn, word]) => {
      const turn = Array.from(document.querySelectorAll('.turn')).find((t) =>
        t.textContent?.includes(inTurn),
      );
      const span = Array.from(turn?.querySelectorAll('[data-start]') ?? []).find((s) =>
        s.textContent?.includes(word),
      );
      const text = span?.firstChild;
      if (!turn || !text) throw new Error(`not shown: ${word}`);
      const range = document.createRange();
      range.setStart(text, text.textContent!.indexOf(word));
      range.setEnd(text, text.textContent!.indexOf(word) + word.length);
      const box = range.getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        y: box.top + box.height / 2,
        turnBottom: turn.getBoundingClientRect().bottom,
      };
    },
    [inTurn, word] as const,
  );
}

/** Presses the mouse at one point and lets it go at another, moving in steps as a hand does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

const shownSelection = (page: Page) => page.evaluate(() => String(window.getSelection()).trim());

/**
 * Waits until the transcript has not changed for 300 ms: a coding is drawn at once and stored after the frame,
 * when its turn is drawn again from the store; a drag measured before that redraw would miss its words.
 */
const transcriptSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, 300);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 300);
        });
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.querySelector('.transcript') ?? document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }),
  );

describe('coding', () => {
  it('codes a gold quote, finds it, undoes, redoes, survives a reload and an edit before it', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Onderzoekers');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();

    await selectText(page, QUOTE);
    await page.getByText('Selectie: 10 woorden').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Code zoeken of maken' }).fill('taal');
    await page.getByRole('option', { name: 'Taal', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Anna');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Codering Taal' }).waitFor();
    await screenshot(page, 'coding');

    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Ongedaan gemaakt: coderen').waitFor();
    await expect.poll(() => page.locator('.fragment-text mark').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('Opnieuw gedaan: coderen').waitFor();
    await expect.poll(() => page.locator('.fragment-text mark').allTextContents()).toEqual([QUOTE]);

    await page.reload();
    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);

    // Fix a word earlier in the same turn: the coding stays on the same words.
    await page.getByRole('button', { name: 'Ga naar de plek' }).click();
    const turn = page.locator('.turn', { hasText: QUOTE });
    await turn.hover();
    await turn.getByRole('button', { name: 'Tekst van deze beurt bewerken' }).click();
    const box = page.getByRole('dialog').getByLabel('Tekst');
    await box.fill((await box.inputValue()).replace('co-onderzoekers', 'mede-onderzoekers'));
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Tekst aangepast; de coderingen zijn meegeschoven.').waitFor();
    await expect.poll(() => page.locator('.transcript').textContent()).toContain('mede-onderzoekers');
    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);
    await context.close();
  });

  it('a mouse drag selects what it shows for coding: after a click in the turn, past a turn’s end, across turns', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Muis');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
    const erik = 'Ik ben Erik';
    await page.locator('.turn', { hasText: erik }).waitFor();
    const taal = page
      .locator('.code-apply')
      .filter({ has: page.locator('.code-name', { hasText: /^Taal$/ }) });
    expect(await taal.isDisabled()).toBe(true);

    // A click in the turn first (the split cursor goes there), then a drag over a few words of the same turn.
    const cursor = await wordAt(page, erik, 'moeilijk');
    await page.mouse.click(cursor.left + 3, cursor.y);
    const from = await wordAt(page, erik, 'makkelijk');
    const to = await wordAt(page, erik, 'tegelijk');
    await drag(page, { x: from.left + 1, y: from.y }, { x: to.right - 1, y: to.y });
    await page.getByText('Selectie: 4 woorden').waitFor();
    expect(await shownSelection(page)).toBe('makkelijk en moeilijk tegelijk');
    expect(await taal.isEnabled()).toBe(true);
    await taal.click();
    await page.getByLabel('Je naam').fill('Anna');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Codering Taal' }).waitFor();
    await transcriptSettled(page);

    // A drag that ends just below the turn's last line, in the space between two turns.
    const last = await wordAt(page, erik, 'voortdurend');
    await drag(page, { x: last.left + 1, y: last.y }, { x: last.left + 1, y: last.turnBottom + 2 });
    await page.getByText('Selectie: 3 woorden').waitFor();
    expect(await shownSelection(page)).toBe('voortdurend door elkaar.');
    expect(await taal.isEnabled()).toBe(true);

    // From one turn into the next (starting outside the selection: a press inside it would drag its text away).
    const start = await wordAt(page, erik, 'twee');
    const end = await wordAt(page, 'Ik ben Annemiek', 'helemaal');
    await drag(page, { x: start.left + 1, y: start.y }, { x: end.right - 1, y: end.y });
    await page.getByText('Selectie: 9 woorden').waitFor();
    expect(await taal.isEnabled()).toBe(true);
    await taal.click();
    expect(await fragmentTexts(page, 'Taal')).toEqual([
      'makkelijk en moeilijk tegelijk',
      'twee voortdurend door elkaar.\n\nDaar ben ik het helemaal',
    ]);
    await context.close();
  });

  it('codes by keyboard alone: arrows to a turn, Enter selects it, a number key applies a pinned code', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Toetsenbord');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
    // First code: created through the quick picker on a selected turn.
    await page.locator('.turn').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('brede blik');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Bram');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering brede blik' }).waitFor();
    // Next turn by arrow, whole turn by Enter, code "1" (the first code while nothing is pinned).
    await transcriptSettled(page);
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('button', { name: 'Codering brede blik' }).count()).toBe(2);
    // A second code, pinned: now "1" applies it.
    await transcriptSettled(page);
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('taal');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering taal' }).waitFor();
    const pin = page.getByRole('button', { name: 'Aan een cijfertoets vastzetten (of losmaken): taal' });
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await transcriptSettled(page);
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('button', { name: 'Codering taal' }).count()).toBe(2);

    // A quick typist: "1" codes this turn, and before the coding is stored the arrow and Enter choose the next.
    // The stored coding must neither take that selection away nor pull the keyboard back to the coded turn (the
    // store is held until the keys are in, so the order is certain).
    await transcriptSettled(page);
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    const release = await holdCodings(page);
    await page.keyboard.press('1');
    const next = String(Number(await focusedTurn(page)) + 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The coding shows at once (before it is stored); once stored, and whatever follows that (its promise, then a
    // frame) has run (two codings of each code and this one stored), the keyboard is still on the next turn.
    expect(await release()).toBe(5);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await focusedTurn(page)).toBe(next);
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('button', { name: 'Codering taal' }).count()).toBe(4);
    await context.close();
  });
});
