import { afterAll, beforeAll, expect, test } from 'vitest';
import { envelope } from './extension-constants';
import { highlightCount, openFixture, sendFromWorker } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { storedSettings, writeSettings } from './settings-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await writeSettings(s, {});
});
afterAll(() => s?.close());

test('the toggle-site command turns highlighting off for the site in every tab, then on again', async () => {
  const a = await openFixture(s, '/settings-page.html');
  const b = await openFixture(s, '/settings-page.html?second-tab');
  // A browser-level shortcut cannot be pressed in headless Chromium: send what the background sends
  // for the `toggle-site` command (background/keyboard-commands.ts).
  const send = () => sendFromWorker(s, a, 'toggleSite', {});
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
  const frameCounts = () => Promise.all(page.frames().map((f) => highlightCount(f).catch(() => -1)));
  // Top page 1 mention, each of the two frames 2.
  await expect.poll(async () => (await frameCounts()).toSorted()).toEqual([1, 2, 2]);
  await writeSettings(s, { disabledSites: ['127.0.0.1'] });
  await expect.poll(frameCounts).toEqual([0, 0, 0]);
  // Listing only the cross-origin frame's own site (localhost) quiets just that frame.
  await writeSettings(s, { disabledSites: ['localhost'] });
  await expect.poll(async () => (await frameCounts()).toSorted()).toEqual([0, 1, 2]);
  await writeSettings(s, {});
});

// Built from the real envelope, then broken one way each: unknown type, invalid data, wrong version, junk.
const MALFORMED: unknown[] = [
  { ...envelope('revealMention', { id: 1 }), type: 'deleteEverything' },
  { ...envelope('revealMention', { id: 1 }), data: { id: -1 } },
  { ...envelope('revealMention', { id: 1 }), data: null },
  { ...envelope('toggleSite', {}), medglance: 2 },
  'hello',
];

test('an unknown or malformed message is ignored, never thrown at the page', async () => {
  const page = await openFixture(s, '/settings-page.html');
  const tabId = await s.tabIdOf(page);
  const reply = await s.evalInWorker(
    async ({ id, messages }) => {
      const tabs = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
        }
      ).chrome.tabs;
      const answers = [];
      for (const m of messages) {
        answers.push(
          await tabs.sendMessage(id, m, { frameId: 0 }).then(
            (r) => r ?? 'no answer',
            () => 'no answer',
          ),
        );
      }
      return answers;
    },
    { id: tabId, messages: MALFORMED },
  );
  expect(reply).toEqual(MALFORMED.map(() => 'no answer'));
  expect(await highlightCount(page)).toBe(6);
  expect(s.consoleErrors(page)).toEqual([]);
});
