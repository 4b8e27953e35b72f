import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_HOST_TAG } from './extension-constants';
import { openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { cardOpen, cardTitle, dialog, hoverOpen, wait } from './card-helpers';

// A page changing the text its open card's mention sits in (a reply counter, a live "edited" label, an
// AI chat answer streaming token by token into one text node) must not close the card: the rescan finds
// the name again in the same text. Only a name that is really gone takes its card with it.

let s: ExtensionSession;
let page: Page;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  page = await openFixture(s, '/card-hover.html');
  await page.mouse.move(5, 5);
  // Records every time the card's dialog leaves its shadow root (a close, even one reopened at once).
  await page.evaluate(() => {
    (window as unknown as { closes: number }).closes = 0;
  });
});

/** Counts, from now on, each removal of the open card's dialog from its shadow root. */
const countCloses = (p: Page) =>
  p.evaluate((tag) => {
    const w = window as unknown as { closes: number };
    const root = document.querySelector(tag)!.shadowRoot!;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof Element && (n.matches('[role="dialog"]') || n.querySelector('[role="dialog"]')))
            w.closes++;
    }).observe(root, { childList: true, subtree: true });
  }, CARD_HOST_TAG);
const closes = (p: Page) => p.evaluate(() => (window as unknown as { closes: number }).closes);

describe('an open card and the text of its mention changing', () => {
  test('text added after the name in the same text node leaves the card open', async () => {
    await hoverOpen(page, '#m1');
    await countCloses(page);
    await page.evaluate(() => {
      document.querySelector('#m1')!.firstChild!.textContent = 'Accutane (4 replies)';
    });
    await wait(700);
    expect(await cardOpen(page)).toBe(true);
    expect(await cardTitle(page)).toBe('Accutane');
    expect(await closes(page)).toBe(0);
  });

  test('text streaming into the node, before and after the name, never closes the card', async () => {
    await hoverOpen(page, '#m1');
    await countCloses(page);
    for (let i = 0; i < 8; i++) {
      await page.evaluate((k) => {
        const t = document.querySelector('#m1')!.firstChild as Text;
        if (k === 3) t.insertData(0, 'so ');
        else t.appendData(` token${k}`);
      }, i);
      await wait(60);
    }
    await wait(700);
    expect(await cardOpen(page)).toBe(true);
    expect(await closes(page)).toBe(0);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('a framework rendering the same text again in a new text node leaves the card open, pinned too', async () => {
    await hoverOpen(page, '#m1');
    await dialog(page).getByRole('button', { name: 'Pin' }).click();
    await countCloses(page);
    for (const text of ['Accutane', 'Accutane (edited)']) {
      await page.evaluate((t) => document.querySelector('#m1')!.replaceChildren(t), text);
      await wait(700);
      expect(await cardOpen(page)).toBe(true);
    }
    expect(await closes(page)).toBe(0);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('the name leaving its text closes the card', async () => {
    await hoverOpen(page, '#m1');
    await page.evaluate(() => {
      document.querySelector('#m1')!.firstChild!.textContent = 'a different treatment';
    });
    await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(false);
  });
});
