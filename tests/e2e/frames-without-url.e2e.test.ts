import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture, pageInfoFromWorker } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const frame = (page: Page, id: string): Promise<Frame> =>
  page
    .locator(`#${id}`)
    .elementHandle()
    .then(async (el) => (await el!.contentFrame())!);

describe('frames without a URL of their own (srcdoc, about:blank, blob:) are part of the page', () => {
  test.each(['srcdoc', 'blank', 'written', 'blob'])(
    'the %s frame marks its mention and opens its card; the badge still counts the top page only',
    async (id) => {
      const page = await openFixture(s, '/frames-without-url.html');
      const child = await frame(page, id);
      await expect.poll(() => highlightCount(child)).toBe(1);
      const box = (await child.locator('#m').boundingBox())!;
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
      await expect
        .poll(() => child.locator(`${CARD_HOST_TAG} [role="dialog"]`).isVisible(), { timeout: 5000 })
        .toBe(true);
      expect(await child.locator(`${CARD_HOST_TAG} .mg-title`).textContent()).toBe('Claravis');
      expect((await pageInfoFromWorker(s, page)).count).toBe(1);
      expect(await s.badgeText(page)).toBe('1');
      expect(s.consoleErrors(page)).toEqual([]);
    },
  );
});
