import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardVisibleIn, hoverInFrame } from './card-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture } from './page-helpers';

// Contract 2 (Escape closes the card) where the key goes to another frame than the card's: hovering
// moves no focus, so a card opened in an ad or embed frame while the reader types in the page (or a
// card in the page while focus sits in an embed) hears no key of its own.

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

async function openFrames(): Promise<{ page: Page; frames: Frame[] }> {
  const page = await openFixture(s, '/lazy-card.html');
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  expect(frames).toHaveLength(2);
  for (const f of frames) await expect.poll(() => highlightCount(f)).toBe(1);
  return { page, frames };
}

describe('Escape closes a card open in another frame than the one with focus', () => {
  test('a card in a same-origin or cross-origin iframe closes on Escape pressed in the page, and stays closed with the pointer still on it', async () => {
    const { page, frames } = await openFrames();
    for (const frame of frames) {
      await hoverInFrame(page, frame, '#m');
      // Focus is in the top page (the pointer moved none).
      expect(await page.evaluate(() => document.hasFocus())).toBe(true);
      // An Escape the page makes up itself is not the reader's (and tells the page nothing of ours).
      await page.evaluate(() =>
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
      );
      await page.waitForTimeout(300);
      expect(await cardVisibleIn(frame)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardVisibleIn(frame), { timeout: 2000 }).toBe(false);
      // The pointer still rests on the mention: it stays quiet, as after an Escape in its own frame.
      await page.waitForTimeout(800);
      expect(await cardVisibleIn(frame)).toBe(false);
    }
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test("a card in the page closes on Escape pressed while focus is in an iframe's document", async () => {
    const { page, frames } = await openFrames();
    const frame = frames[0]!;
    // Focus moves into the frame (a reader clicking in an embed), then the pointer rests on the page's mention.
    await frame.locator('body').click({ position: { x: 2, y: 2 } });
    expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
    await hoverInFrame(page, page.mainFrame(), '#m1');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisibleIn(page.mainFrame()), { timeout: 2000 }).toBe(false);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('an Escape with no card open anywhere changes nothing; a card opened later still closes', async () => {
    const { page, frames } = await openFrames();
    await page.keyboard.press('Escape');
    await hoverInFrame(page, frames[1]!, '#m');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisibleIn(frames[1]!), { timeout: 2000 }).toBe(false);
    await hoverInFrame(page, page.mainFrame(), '#m1');
    expect(await cardVisibleIn(frames[1]!)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardVisibleIn(page.mainFrame()), { timeout: 2000 }).toBe(false);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
