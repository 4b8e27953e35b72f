import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardOpen, cardTitle } from './card-helpers';
import { highlightCount, openFixture, pageInfoFromWorker, sendFromWorker } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';

// Mentions the page does not show (a closed <details>, a hidden tab panel) still count (the badge says
// what the page holds), but jumping to one cannot show it: the card would open invisible, anchored to
// nothing, and take focus. Reveal says no instead, the popup says why, and the next-mention command
// steps over them.

let s: ExtensionSession;
let page: Page;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  page = await openFixture(s, '/hidden-mentions.html');
  await expect.poll(() => highlightCount(page)).toBe(6);
});

const idOf = async (name: string): Promise<number> =>
  (await pageInfoFromWorker(s, page)).mentions.find((m) => m.name === name)!.id;

describe('mentions the page does not show', () => {
  test('revealing one in a closed <details> or a hidden panel opens no card and leaves focus alone', async () => {
    for (const name of ['Roaccutane', 'Claravis']) {
      expect(await sendFromWorker(s, page, 'revealMention', { id: await idOf(name) })).toBe(false);
      await page.waitForTimeout(400);
      expect(await cardOpen(page)).toBe(false);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    }
    // Opened, the details show the mention, and it can be revealed.
    await page.evaluate(() => ((document.querySelector('#more') as HTMLDetailsElement).open = true));
    expect(await sendFromWorker(s, page, 'revealMention', { id: await idOf('Roaccutane') })).toBe(true);
    await expect.poll(() => cardTitle(page)).toBe('Roaccutane');
  });

  test('the next-mention command steps over mentions the page does not show', async () => {
    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      expect(await sendFromWorker(s, page, 'nextMention', {})).toBe(true);
      await expect.poll(() => cardOpen(page)).toBe(true);
      titles.push((await cardTitle(page))!);
    }
    expect(titles).toEqual(['Accutane', 'Sotret', 'Epuris', 'Absorica', 'Accutane']);
  });

  test('the popup says a mention is not shown on the page when its entry is picked', async () => {
    const popup = await s.openPopup(page);
    await expect.poll(() => popup.getByRole('heading', { name: '6 mentions on this page' }).count()).toBe(1);
    await popup.getByRole('button', { name: /^Claravis/ }).click();
    await expect
      .poll(() => popup.getByRole('status').filter({ hasText: 'the page hides it' }).count())
      .toBe(1);
    // A mention that is shown opens as before, and the message goes.
    await popup.getByRole('button', { name: /^Absorica/ }).click();
    await expect.poll(() => cardOpen(page)).toBe(true);
    await expect
      .poll(() => popup.getByRole('status').filter({ hasText: 'the page hides it' }).count())
      .toBe(0);
    expect(s.consoleErrors(popup)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
