import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_HOST_TAG } from './extension-constants';
import { openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { cardBox, cardOpen, hoverOpen, overlaps, wait, type Box } from './card-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const EDGES = ['#top-left', '#top-right', '#bottom-left', '#bottom-right', '#middle'];

/** Opens the card of each edge mention and returns where it landed. */
async function placements(page: Page) {
  const out: { id: string; mention: Box; card: Box; viewport: { width: number; height: number } }[] = [];
  for (const id of EDGES) {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    const mention = await hoverOpen(page, id);
    await wait(150); // let Floating UI settle (it runs after the first render)
    const card = (await cardBox(page))!;
    const viewport = await page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    }));
    out.push({ id, mention, card, viewport });
  }
  return out;
}

describe('card placement in Chromium', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    test(`${size.width}×${size.height}: the card is fully visible and never covers the mention`, async () => {
      const page = await openFixture(s, '/card-edges.html');
      // Measure where the card rests, not a frame of its 120 ms appear animation (which slides 4 px).
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(size);
      for (const { id, mention, card, viewport } of await placements(page)) {
        const where = `${id}: card ${JSON.stringify(card)} mention ${JSON.stringify(mention)}`;
        expect(card.x, where).toBeGreaterThanOrEqual(0);
        expect(card.y, where).toBeGreaterThanOrEqual(0);
        expect(card.x + card.width, where).toBeLessThanOrEqual(viewport.width);
        expect(card.y + card.height, where).toBeLessThanOrEqual(viewport.height);
        expect(overlaps(card, mention), where).toBe(false);
        expect(card.height, where).toBeGreaterThan(120);
      }
      await page.screenshot({ path: `test-results/card-edges-${size.width}x${size.height}.png` });
      expect(s.consoleErrors(page)).toEqual([]);
    });
  }

  test('a mention wrapped over two lines: the card covers neither line, from either line', async () => {
    const page = await openFixture(s, '/card-wrapped.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 360, height: 640 });
    const lines = await page.evaluate(() =>
      [...document.getElementById('w')!.getClientRects()].map((r) => ({
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      })),
    );
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 600);
      await expect.poll(() => cardOpen(page)).toBe(false);
      await page.mouse.move(line.x + Math.min(line.width / 2, 10), line.y + line.height / 2);
      await expect.poll(() => cardOpen(page)).toBe(true);
      await wait(150);
      const card = (await cardBox(page))!;
      for (const other of lines) expect(overlaps(card, other), JSON.stringify({ card, other })).toBe(false);
    }
    expect(s.consoleErrors(page)).toEqual([]);
  });

  for (const zoomed of ['html', 'body'])
    test(`a page zoomed with CSS (${zoomed} { zoom: 1.5 }): the card sits by its mention, on screen`, async () => {
      const page = await openFixture(s, '/card-hover.html');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.addStyleTag({ content: `${zoomed} { zoom: 1.5 }` });
      const mention = await hoverOpen(page, '#m2');
      await wait(150);
      const card = (await cardBox(page))!;
      const where = JSON.stringify({ card, mention });
      expect(overlaps(card, mention), where).toBe(false);
      // Right below it (or right above), not shifted by the zoom.
      const gap = Math.min(
        Math.abs(card.y - (mention.y + mention.height)),
        Math.abs(mention.y - (card.y + card.height)),
      );
      expect(gap, where).toBeLessThan(20);
      expect(card.x + card.width, where).toBeLessThanOrEqual(1280);
      expect(card.y + card.height, where).toBeLessThanOrEqual(800);
    });

  test('pinch-zoomed on a phone (2×), the card fits the part of the page on screen', async () => {
    const page = await openFixture(s, '/card-hover.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 360, height: 640 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await expect.poll(() => page.evaluate(() => Math.round(visualViewport!.width))).toBe(180);
    await hoverOpen(page, '#m1');
    await wait(150);
    const fit = await page.evaluate((tag) => {
      const r = document
        .querySelector(tag)!
        .shadowRoot!.querySelector('[role="dialog"]')!
        .getBoundingClientRect();
      const v = visualViewport!;
      return { left: r.left - v.offsetLeft, right: r.right - v.offsetLeft, width: v.width };
    }, CARD_HOST_TAG);
    expect(fit.left, JSON.stringify(fit)).toBeGreaterThanOrEqual(0);
    expect(fit.right, JSON.stringify(fit)).toBeLessThanOrEqual(fit.width);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
  });

  test('the card follows its mention when the page scrolls', async () => {
    const page = await openFixture(s, '/card-hover.html');
    await page.emulateMedia({ reducedMotion: 'reduce' }); // no appear animation mid-measurement
    const before = await hoverOpen(page, '#m2');
    await wait(150);
    const cardBefore = (await cardBox(page))!;
    // An instant scroll: a wheel scroll animates, and the mention would still be moving when measured.
    await page.evaluate(() => window.scrollTo({ top: 120, behavior: 'instant' }));
    await expect.poll(async () => (await page.locator('#m2').boundingBox())!.y).toBeLessThan(before.y - 50);
    const after = (await page.locator('#m2').boundingBox())!;
    // The card moved with the mention (within the 1 px of rounding the positioning applies).
    await expect
      .poll(async () => Math.abs((await cardBox(page))!.y - cardBefore.y - (after.y - before.y)))
      .toBeLessThanOrEqual(1);
  });
});
