import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { openFixture } from './page-helpers';
import { cardOpen, cardTitle, hoverOpen, wait } from './card-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

describe('mentions the pointer cannot reach directly', () => {
  test.each([["under a card's stretched link (news listings, Bootstrap cards)", '#m1', 'Accutane']])(
    '%s: resting on it opens its card, which stays while the pointer does',
    async (_what, selector, title) => {
      const page = await openFixture(s, '/card-covered.html');
      await page.mouse.move(5, 5);
      const box = await hoverOpen(page, selector);
      expect(await cardTitle(page)).toBe(title);
      // Small moves over the same mention keep the card; leaving closes it.
      await page.mouse.move(box.x + Math.min(box.width / 2, 20) + 3, box.y + box.height / 2);
      await wait(900);
      expect(await cardOpen(page)).toBe(true);
      await page.mouse.move(5, 5, { steps: 3 });
      await expect.poll(() => cardOpen(page)).toBe(false);
      expect(s.consoleErrors(page)).toEqual([]);
    },
  );

  test('after Escape, resting on the covered mention does not bring its card back', async () => {
    const page = await openFixture(s, '/card-covered.html');
    await page.mouse.move(5, 5);
    const box = await hoverOpen(page, '#m1');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.mouse.move(box.x + Math.min(box.width / 2, 20) + 2, box.y + box.height / 2);
    await wait(1200);
    expect(await cardOpen(page)).toBe(false);
  });

  test('a mention under a fixed banner opens nothing: the reader cannot see it', async () => {
    const page = await openFixture(s, '/card-covered.html');
    const m2 = (await page.locator('#m2').boundingBox())!;
    const banner = (await page.locator('#banner').boundingBox())!;
    // The banner really covers it.
    expect(m2.y).toBeGreaterThan(banner.y);
    expect(m2.y + m2.height).toBeLessThan(banner.y + banner.height);
    await page.mouse.move(5, 5);
    await page.mouse.move(m2.x + 10, m2.y + m2.height / 2);
    await wait(1200);
    expect(await cardOpen(page)).toBe(false);
  });
});
