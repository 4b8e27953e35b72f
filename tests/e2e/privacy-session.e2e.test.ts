import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightCount } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { isBrowserService, isLocal, readNetLog, type LoggedRequest } from './privacy-netlog';

/**
 * "Never phones home", proven at runtime: a full session (pages with mentions, an iframe, the hover card,
 * the popup, the options page with a setting change, export and import) runs in a Chromium that writes a
 * net-log of every request its network service makes. The test fails on any request that is not to the
 * local fixture server, except Chromium's own background services (see privacy-netlog.ts for why those
 * can be told apart). Playwright's request events are a second, independent record for pages and workers.
 */

const dir = mkdtempSync(join(tmpdir(), 'medglance-privacy-'));
const netLogPath = join(dir, 'net-log.json');
let s: ExtensionSession;
let logged: LoggedRequest[] = [];
const seenByPlaywright: string[] = [];
let probes: { worker: string; page: string };

beforeAll(async () => {
  s = await launchExtension({
    extraArgs: [`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default'],
  });
});
afterAll(async () => {
  await s?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

// The session runs as the first test (expect.poll needs a test); the ones after it read its net-log.
test('a full session: pages, frame, hover card, popup, options, export and import', async () => {
  s.context.on('request', (r) => seenByPlaywright.push(r.url()));
  probes = { worker: s.server.url('/smoke.html?probe=worker'), page: s.server.url('/smoke.html?probe=page') };

  // Pages: an article with many mentions, and the smoke page inside a cross-origin iframe.
  const article = await s.newPage('/demo-article.html');
  await expect.poll(() => highlightCount(article)).toBeGreaterThan(5);
  const framed = await s.newPage('/smoke.html');
  await framed.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
    return new Promise((ok) => f.addEventListener('load', ok, { once: true }));
  }, s.server.crossOriginUrl('/demo-article.html'));

  // The hover card, with its source links (rendered, not followed: following is the user's choice).
  await article.bringToFront();
  const mention = article.locator('[data-expect="match"]').first();
  await mention.scrollIntoViewIfNeeded();
  const box = (await mention.boundingBox())!;
  await article.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => article.getByRole('dialog').count(), { timeout: 5_000 }).toBe(1);
  await article.keyboard.press('Escape');

  // The popup for the article's tab, and the options page: a setting change, export, import.
  const popup = await s.openPopup(article);
  await expect.poll(() => popup.locator('body').innerText()).toMatch(/\w/);
  const options = await s.openOptions();
  const master = options.getByLabel('Highlight mentions on web pages');
  await master.click();
  await master.click();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  const exported = join(dir, 'exported.json');
  await download.saveAs(exported);
  await options.locator('input[type="file"]').setInputFiles(exported);
  await expect.poll(() => options.getByText('Imported settings from').count()).toBe(1);

  for (const p of [article, framed, popup, options]) expect(s.consoleErrors(p)).toEqual([]);

  // Positive controls: the recorder must see a request the extension's service worker makes, and one a
  // page makes; if it did not, "no remote request" would prove nothing.
  await s.evalInWorker((url) => fetch(url).then((r) => r.status), probes.worker);
  await article.evaluate((url) => fetch(url).then((r) => r.status), probes.page);

  // The net-log is complete only once the browser has exited.
  await s.close();
  logged = readNetLog(netLogPath);
  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ medglance: 'settings' });
}, 120_000);

describe('a full session with the extension', () => {
  test('the recorder saw the extension service worker and the page (positive controls)', () => {
    const worker = logged.find((r) => r.url === probes.worker);
    expect(worker?.initiator).toBe(`chrome-extension://${s.extensionId}`);
    expect(logged.some((r) => r.url === probes.page)).toBe(true);
    expect(logged.some((r) => r.url.endsWith('/demo-article.html'))).toBe(true);
  });

  test('no context made a request anywhere but the local fixture server', () => {
    const remote = logged.filter((r) => !isLocal(r.url) && !isBrowserService(r));
    expect(remote.map((r) => `${r.method} ${r.url} (initiator ${r.initiator}, ${r.requestType})`)).toEqual(
      [],
    );
  });

  test('nothing the extension or a page started went to a remote host, browser services included', () => {
    // Stricter view of the same log: anything with an origin (page, content script, extension) stays local.
    const withOrigin = logged.filter((r) => r.initiator !== 'not an origin' && !isLocal(r.url));
    expect(withOrigin.map((r) => `${r.url} from ${r.initiator}`)).toEqual([]);
  });

  test("Playwright's own request record (pages, frames, workers) agrees", () => {
    expect(seenByPlaywright.length).toBeGreaterThan(3);
    expect(seenByPlaywright.filter((u) => !isLocal(u))).toEqual([]);
  });
});
