import { afterAll, beforeAll, expect, test } from 'vitest';
import { hoverOpen } from './card-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

// DESIGN.md contract 6: the page receives no message or event from MedGlance through which it could
// detect it. The page below records every postMessage and every event named after our extension id
// (WXT's announcement and location-change events) in the top frame and in an iframe.
test('a page listening for messages and our events hears nothing during load, scan, hover, popup use and a route change', async () => {
  const page = await openFixture(s, `/invisible.html?id=${s.extensionId}`);
  const child = page.frame({ url: /invisible-child\.html/ })!;
  await expect.poll(() => highlightCount(child)).toBe(1);
  await hoverOpen(page, '#m1');
  const popup = await s.openPopup(page);
  await expect.poll(() => popup.getByRole('heading', { name: '2 mentions on this page' }).count()).toBe(1);
  await popup
    .getByRole('button', { name: /isotretinoin/ })
    .first()
    .click();
  await page.bringToFront();
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}${location.search}&route=2`));
  await new Promise((r) => setTimeout(r, 700));
  const heard = async (frame: typeof child) =>
    frame.evaluate(() => (window as unknown as { received: string[] }).received);
  expect(await heard(page.mainFrame())).toEqual([]);
  expect(await heard(child)).toEqual([]);
  expect(s.consoleErrors(page)).toEqual([]);
});
