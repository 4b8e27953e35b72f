import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_HOST_TAG } from './extension-constants';
import { openFixture, pageInfoFromWorker, sendFromWorker } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { storedSettings, writeSettings } from './settings-helpers';
import { cardBox, cardOpen, cardTitle, dialog, focusInCard, hover, hoverOpen, wait } from './card-helpers';

let s: ExtensionSession;
let page: Page;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
// Every test starts from a fresh page with the pointer away from any mention, so each runs on its own.
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  page = await openFixture(s, '/card-hover.html');
  await page.mouse.move(5, 5);
});
const card = (selector = '') => page.locator(`${CARD_HOST_TAG} ${selector}`.trim());

/** Opens #m1's card, moves into the card (it stays open), then far away (it closes after the grace). */
async function intoTheCardAndAway(): Promise<void> {
  await hoverOpen(page, '#m1');
  const box = (await cardBox(page))!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
  await wait(900);
  expect(await cardOpen(page)).toBe(true);
  await page.mouse.move(5, 5, { steps: 3 });
  await expect.poll(() => cardOpen(page)).toBe(false);
}

// Default hover delay is 300 ms and the close grace 400 ms; waits below leave a wide margin over both.
describe('hover card in Chromium', () => {
  test('hovering a mention opens a dialog named after it, pregnancy warning first', async () => {
    expect(await card().count()).toBe(0); // nothing added before first need
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await hoverOpen(page, '#m1');
    await expect.poll(() => page.getByRole('dialog', { name: 'Accutane' }).count()).toBe(1);
    expect(await card('.mg-subtitle').textContent()).toContain('brand of isotretinoin');
    const warning = card('.mg-boxed');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toMatch(/pregnan/i);
    // The first section under the summary is the pregnancy box.
    expect(await card('.mg-section').first().getAttribute('class')).toContain('mg-boxed');
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.mode, CARD_HOST_TAG)).toBe(
      'open',
    );
    // Page integrity (contract 5): the card's host is the only node added, outside <body>.
    expect(await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName))).toEqual(
      ['head', 'body', CARD_HOST_TAG],
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
  });

  test('the pointer can move into the card; far away closes it after a grace', async () => {
    await intoTheCardAndAway();
  });

  test("a click in the card does not reach the page's bubbling listeners; a drag released over it ends", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      for (const type of ['mousedown', 'click', 'mouseup'])
        document.addEventListener(type, () => w.heard.push(type));
    });
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const box = await hoverOpen(page, '#m1');
    const inCard = (await cardBox(page))!;
    await page.mouse.move(inCard.x + 20, inCard.y + 20, { steps: 5 });
    await page.mouse.click(inCard.x + 20, inCard.y + 20);
    // A click in the card's text is the card's: not a "click outside" for the page.
    expect(await heard()).toEqual(['mouseup']);
    // A page's drag (a slider) that starts on the page and is released over the card hears its release
    // (and the browser's click on the common ancestor, as for any drag).
    await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move(inCard.x + 20, inCard.y + 20, { steps: 5 });
    await page.mouse.up();
    expect(await heard()).toEqual(['mouseup', 'mousedown', 'mouseup', 'click']);
    expect(await cardOpen(page)).toBe(true);
    // A press in the card (selecting its text) released on the page: the page hears the release, but
    // not the browser's click on the common ancestor, a "click outside" it never saw start.
    await page.mouse.move(inCard.x + 20, inCard.y + 20, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await heard()).toEqual(['mouseup', 'mousedown', 'mouseup', 'click', 'mouseup']);
    // The page's own clicks afterwards are untouched.
    await page.mouse.click(5, 5);
    expect((await heard()).slice(5)).toEqual(['mousedown', 'mouseup', 'click']);
  });

  test('a quick pass over a mention opens nothing', async () => {
    const box = (await page.locator('#m2').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x - 60, y);
    await page.mouse.move(box.x + box.width + 60, y, { steps: 6 });
    await page.mouse.move(5, 5);
    await wait(800);
    expect(await cardOpen(page)).toBe(false);
  });

  test('Escape closes the card without moving the pointer, and it stays closed', async () => {
    await hoverOpen(page, '#m2');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.mouse.move(...((await centerOf('#m2')).map((v, i) => v + i) as [number, number]));
    await wait(700);
    expect(await cardOpen(page)).toBe(false);
  });

  test("Escape closes the card even when the page's own key handler stops it at the window", async () => {
    // A site's global shortcut handler, as many register it: first, on the window, capturing.
    await page.evaluate(() =>
      window.addEventListener('keydown', (e) => e.key === 'Escape' && e.stopPropagation(), true),
    );
    await hoverOpen(page, '#m1');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
  });

  test('hover works where the page stops pointer events from bubbling (a drag widget, a React handler)', async () => {
    await page.evaluate(() => {
      // React 17+ calls the native stopPropagation() at its root when a component stops a synthetic event.
      for (const type of ['pointermove', 'pointerup'])
        document.body.addEventListener(type, (e) => e.stopPropagation());
    });
    await intoTheCardAndAway();
  });

  test('scrolling during the hover delay opens nothing: the pointer is no longer on the mention', async () => {
    await hover(page, '#m1');
    await page.evaluate(() => window.scrollTo({ top: 300, behavior: 'instant' }));
    await wait(800);
    expect(await cardOpen(page)).toBe(false);
  });

  test('pin keeps the card open when the pointer leaves; close closes it', async () => {
    await hoverOpen(page, '#m1');
    await dialog(page).getByRole('button', { name: 'Pin' }).click();
    expect(await dialog(page).getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(5, 5, { steps: 3 });
    await wait(1000);
    expect(await cardOpen(page)).toBe(true);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => cardOpen(page)).toBe(false);
  });

  test('a pinned card stays while its text is read again, and goes when its name is no longer detected', async () => {
    await hoverOpen(page, '#m1');
    await dialog(page).getByRole('button', { name: 'Pin' }).click();
    await page.mouse.move(5, 5, { steps: 3 });
    // The paragraph changes around the mention: it is found again (a new mention), the card follows it.
    await page.evaluate(() => document.getElementById('m1')!.parentElement!.append(' Edited later.'));
    await wait(800);
    expect(await cardOpen(page)).toBe(true);
    // Brand names switched off (in the options page, say): Accutane is no longer a mention.
    const settings = await storedSettings(s);
    try {
      await writeSettings(s, {
        ...settings,
        nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
      });
      await expect.poll(() => cardOpen(page)).toBe(false);
    } finally {
      await writeSettings(s, settings);
    }
  });

  test('"More" expands the card to every section and the card scrolls inside', async () => {
    await hoverOpen(page, '#m1');
    const more = dialog(page).getByRole('button', { name: /More/ });
    const compactSections = await card('.mg-section').count();
    await more.click();
    await expect.poll(() => card('.mg-section').count()).toBeGreaterThan(compactSections);
    expect(await dialog(page).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const fits = await page.evaluate((tag) => {
      const dialogEl = document.querySelector(tag)!.shadowRoot!.querySelector('[role=dialog]')!;
      const r = dialogEl.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    }, CARD_HOST_TAG);
    expect(fits).toBe(true);
    await page.keyboard.press('Escape');
  });

  test('hovering another mention moves the card to it', async () => {
    await hoverOpen(page, '#m1');
    await hover(page, '#m2');
    await expect.poll(() => cardTitle(page)).toBe('isotretinoin');
    await page.keyboard.press('Escape');
  });

  test('a click on a mention inside a link still follows the link', async () => {
    await hoverOpen(page, '#m3');
    await page.locator('#m3').click();
    await page.waitForURL(/card-link-target\.html$/);
    expect(await page.locator('#arrived').count()).toBe(1);
  });

  test('the next-mention command cycles mentions, opens the card with focus; Escape restores focus', async () => {
    await page.locator('#search').focus();
    // Same message the background sends for the `next-mention` command (see sendFromWorker).
    expect(await sendFromWorker(s, page, 'nextMention', {})).toBe(true);
    await expect.poll(() => cardTitle(page)).toBe('Accutane');
    await expect.poll(() => focusInCard(page)).toBe(true);
    expect(await sendFromWorker(s, page, 'nextMention', {})).toBe(true);
    await expect.poll(() => cardTitle(page)).toBe('isotretinoin');
    await expect.poll(() => focusInCard(page)).toBe(true);
    // A card holding focus ignores the pointer wandering off.
    await page.mouse.move(5, 5, { steps: 3 });
    await wait(900);
    expect(await focusInCard(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  test('revealMention (by the id the popup lists) scrolls a far mention into view and opens its card', async () => {
    const { mentions } = await pageInfoFromWorker(s, page);
    expect(mentions.map((m) => m.name)).toEqual(['Accutane', 'isotretinoin', 'Roaccutane', 'Isotroin']);
    expect(await sendFromWorker(s, page, 'revealMention', { id: mentions[3]!.id })).toBe(true);
    await expect.poll(() => cardTitle(page)).toBe('Isotroin');
    const inView = await page.evaluate(() => {
      const r = document.querySelector('#m4')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await expect.poll(() => focusInCard(page)).toBe(true);
    const unknown = Math.max(...mentions.map((m) => m.id)) + 1000;
    expect(await sendFromWorker(s, page, 'revealMention', { id: unknown })).toBe(false);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});

async function centerOf(selector: string): Promise<[number, number]> {
  const b = (await page.locator(selector).boundingBox())!;
  return [b.x + Math.min(b.width / 2, 20), b.y + b.height / 2];
}
