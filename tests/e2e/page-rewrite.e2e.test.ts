import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture } from './page-helpers';
import { cardOpen, cardTitle, dialog, hoverOpen } from './card-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

async function rewritten(rewrite: string, cardBefore = false): Promise<Page> {
  const page = await openFixture(s, '/page-rewrite.html');
  await expect.poll(() => s.badgeText(page)).toBe('1');
  if (cardBefore) {
    await hoverOpen(page, '#m0');
    await page.keyboard.press('Escape');
  }
  await page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), rewrite);
  await expect.poll(() => highlightCount(page)).toBe(2);
  await expect.poll(() => s.badgeText(page)).toBe('2');
  return page;
}

describe('a page that replaces itself after load', () => {
  test('document.body = a new body: marked, counted, and its mentions open their card', async () => {
    const page = await rewritten('replaceBody');
    await page.mouse.move(5, 5);
    await hoverOpen(page, '#m2');
    expect(await cardTitle(page)).toBe('Sotret');
    expect(s.consoleErrors(page)).toEqual([]);
  });

  // document.open() erases every event listener of the document and its window, ours too: they are
  // registered again on the new document.
  test('document.open/write/close: the new text is marked, counted, and opens its card; Escape closes it', async () => {
    const page = await rewritten('rewriteDocument');
    await page.mouse.move(5, 5);
    await hoverOpen(page, '#m2');
    expect(await cardTitle(page)).toBe('Sotret');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('document.open after a card was shown: the new card is whole again (its clicks stay in it, Escape in it closes it)', async () => {
    const page = await rewritten('rewriteDocument', true);
    await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.addEventListener('click', () => w.clicks++);
    });
    await page.mouse.move(5, 5);
    await hoverOpen(page, '#m2');
    await dialog(page).locator('.mg-title').click();
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(0);
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.keyboard.press('Escape'); // focus is in the card now
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
