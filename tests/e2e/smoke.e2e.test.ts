import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightCount } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

describe('the built extension in Chromium', () => {
  test('marks mentions on a page and reports the count on the badge', async () => {
    const page = await s.newPage('/smoke.html');
    const expected = Number(await page.locator('body').getAttribute('data-expected-count'));
    await expect.poll(() => highlightCount(page)).toBe(expected);
    await expect.poll(() => s.badgeText(page)).toBe(String(expected));
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('popup and options pages render', async () => {
    const popup = await s.openPopup();
    await expect.poll(() => popup.locator('h1').textContent()).toContain('MedGlance');
    const options = await s.openOptions();
    await expect.poll(() => options.getByLabel('Highlight mentions on web pages').count()).toBe(1);
    expect(s.consoleErrors(popup)).toEqual([]);
    expect(s.consoleErrors(options)).toEqual([]);
  });
});
