import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openCounted, storedSettings, writeSettings } from './settings-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await writeSettings(s, {});
});
afterAll(() => s?.close());

test('the toggle-site command turns highlighting off for the site in every tab, then on again', async () => {
  const a = await openCounted(s, '/settings-page.html');
  const b = await openCounted(s, '/settings-page.html?second-tab');
  const tabId = await s.tabIdOf(a);
  // A browser-level shortcut cannot be pressed in headless Chromium: send what the background sends
  // for the `toggle-site` command (utils/toggle-site-command.ts).
  const send = () =>
    s.evalInWorker(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { medglance: 1, type: 'toggleSite', data: {} }, { frameId: 0 }),
      tabId,
    );
  expect(await send()).toEqual({ host: '127.0.0.1', enabled: false });
  await expect.poll(() => highlightCount(a)).toBe(0);
  await expect.poll(() => s.badgeText(a)).toBe('');
  await expect.poll(() => highlightCount(b)).toBe(0);
  expect((await storedSettings(s)).disabledSites).toEqual(['127.0.0.1']);

  expect(await send()).toEqual({ host: '127.0.0.1', enabled: true });
  await expect.poll(() => highlightCount(a)).toBe(6);
  await expect.poll(() => s.badgeText(a)).toBe('6');
  await expect.poll(() => highlightCount(b)).toBe(6);
  expect(s.consoleErrors(a)).toEqual([]);
  expect(s.consoleErrors(b)).toEqual([]);
});

test('switching a site off also quiets the frames embedded in it, cross-origin ones included', async () => {
  const page = await s.newPage('/detection-frames.html');
  const frameCounts = () =>
    Promise.all(
      page
        .frames()
        .map((f) => f.evaluate(() => CSS.highlights.get('medglance-mention')?.size ?? 0).catch(() => -1)),
    );
  // Top page 1 mention, each of the two frames 2.
  await expect.poll(async () => (await frameCounts()).toSorted()).toEqual([1, 2, 2]);
  await writeSettings(s, { disabledSites: ['127.0.0.1'] });
  await expect.poll(frameCounts).toEqual([0, 0, 0]);
  // Listing only the cross-origin frame's own site (localhost) quiets just that frame.
  await writeSettings(s, { disabledSites: ['localhost'] });
  await expect.poll(async () => (await frameCounts()).toSorted()).toEqual([0, 1, 2]);
  await writeSettings(s, {});
});

test('an unknown or malformed message is ignored, never thrown at the page', async () => {
  const page = await openCounted(s, '/settings-page.html');
  const tabId = await s.tabIdOf(page);
  const reply = await s.evalInWorker(async (id) => {
    const tabs = (
      globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
      }
    ).chrome.tabs;
    const answers = [];
    for (const m of [
      { medglance: 1, type: 'deleteEverything', data: {} },
      { medglance: 1, type: 'revealMention', data: { index: -1 } },
      { medglance: 1, type: 'getPageInfo', data: null },
      'hello',
    ]) {
      answers.push(
        await tabs.sendMessage(id, m, { frameId: 0 }).then(
          (r) => r ?? 'no answer',
          () => 'no answer',
        ),
      );
    }
    return answers;
  }, tabId);
  expect(reply).toEqual(['no answer', 'no answer', 'no answer', 'no answer']);
  expect(await highlightCount(page)).toBe(6);
  expect(s.consoleErrors(page)).toEqual([]);
});
