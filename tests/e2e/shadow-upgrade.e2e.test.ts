import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const POLL = { timeout: 5000 };

describe('web components whose definition arrives after the page was read', () => {
  test('a component upgraded late shows its mention, with nothing named before', async () => {
    const page = await s.newPage('/shadow-upgrade.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightCount(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { defineLater(): void }).defineLater());
    await expect.poll(() => highlightCount(page), POLL).toBe(1);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('a component upgraded late shows its mention while detection already runs', async () => {
    const page = await s.newPage('/shadow-upgrade.html');
    await page.evaluate(() => {
      document.getElementById('list')!.innerHTML = '<p>Isotretinoin comments:</p>';
    });
    await expect.poll(() => highlightCount(page), POLL).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => (window as unknown as { defineLater(): void }).defineLater());
    await expect.poll(() => highlightCount(page), POLL).toBe(2);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
