import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import { highlightCount } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { hover } from './integrity-helpers';

/**
 * Extension lifecycle while pages are open. `chrome.runtime.reload()` is what an update does to open tabs:
 * the old content scripts lose their extension context and Chromium does not inject new ones into pages
 * already open. The old script must clean up (no stale highlights or cards) without throwing "Extension
 * context invalidated", and a page loaded afterwards must be marked exactly once.
 */
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  // Developer mode on, as for anyone running an unpacked build: without it Chromium 156 disables an unpacked
  // extension on reload ("unsupportedDeveloperExtension") instead of reloading it.
  const extensions = await s.context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate(
    () =>
      new Promise((ok) =>
        (
          chrome as unknown as {
            developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void };
          }
        ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => ok(null)),
      ),
  );
  await extensions.close();
});
afterAll(() => s?.close());

const marks = (page: Page) => highlightCount(page);
const cardHosts = (page: Page) =>
  page.evaluate((tag) => document.querySelectorAll(tag).length, CARD_HOST_TAG);
const openCards = (page: Page) => page.getByRole('dialog').count();

/** Reloads the extension from its service worker and returns the new worker. */
async function reloadExtension(): Promise<Worker> {
  const old = s.worker;
  const next = s.context.waitForEvent('serviceworker', { predicate: (w) => w !== old, timeout: 20_000 });
  await old
    .evaluate(() => (chrome as unknown as { runtime: { reload(): void } }).runtime.reload())
    .catch(() => {});
  return next;
}

describe('extension reload (update) with pages open', () => {
  test('old pages lose highlights and cards cleanly; reloaded pages are marked exactly once', async () => {
    const page = await s.newPage('/smoke.html');
    await expect.poll(() => marks(page)).toBe(2);
    await hover(page, '[data-expect="match"]');
    await expect.poll(() => openCards(page)).toBe(1);

    const worker = await reloadExtension();

    // The user keeps reading: the pointer moves over the old marks. The orphaned script must notice it has
    // no extension any more, remove its highlights and card, and not throw.
    await page.mouse.move(5, 5);
    await hover(page, '[data-expect="match"]');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => openCards(page)).toBe(0);
    expect(await cardHosts(page)).toBe(0);
    await page.waitForTimeout(500);
    expect(s.consoleErrors(page)).toEqual([]);

    // Reloading the page runs the new version: each mention marked once, badge from the new worker.
    await page.reload();
    await expect.poll(() => marks(page)).toBe(2);
    await page.waitForTimeout(500);
    expect(await marks(page)).toBe(2);
    // (The harness's worker handle is the old one: ask the new worker.)
    await page.bringToFront();
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return chrome.action.getBadgeText({ tabId: tab!.id! });
        }),
      )
      .toBe('2');
    await hover(page, '[data-expect="match"]');
    await expect.poll(() => openCards(page)).toBe(1);
    expect(await cardHosts(page)).toBe(1);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});

describe('disabling the extension', () => {
  test('chrome://extensions "off" removes every highlight and card from open pages', async () => {
    const page = await s.newPage('/demo-article.html');
    await expect.poll(() => marks(page)).toBeGreaterThan(5);
    await hover(page, '[data-expect="match"]');
    await expect.poll(() => openCards(page)).toBe(1);

    // The same switch a user flips; the extensions page is ordinary (shadow-DOM) web UI.
    const extensions = await s.context.newPage();
    await extensions.goto('chrome://extensions');
    const toggle = extensions.locator(`extensions-item#${s.extensionId} #enableToggle`);
    const enabled = () => toggle.evaluate((el) => (el as HTMLInputElement).checked);
    await expect.poll(enabled).toBe(true);
    await toggle.click();
    await expect.poll(enabled).toBe(false);

    await page.bringToFront();
    await page.mouse.move(5, 5);
    await hover(page, '[data-expect="match"]');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => openCards(page)).toBe(0);
    expect(await cardHosts(page)).toBe(0);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
