import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { dialog } from './card-helpers';
import { highlightCount, openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { FLASH_HIGHLIGHT, SETTING_LIMITS } from './extension-constants';
import { HELD_PAGE } from './fixture-server';
import { axeViolations, storedSettings, writeSettings } from './settings-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  await writeSettings(s, {});
});

describe('toolbar popup', () => {
  test('lists each mention with a snippet; clicking one scrolls the page to it and opens its card', async () => {
    const page = await openFixture(s, '/settings-page.html');
    const popup = await s.openPopup(page);
    await expect.poll(() => popup.getByRole('heading', { name: '6 mentions on this page' }).count()).toBe(1);
    const items = popup.getByRole('region', { name: '6 mentions on this page' }).getByRole('listitem');
    expect(await items.allInnerTexts()).toEqual([
      expect.stringMatching(/^isotretinoin[\s:]*My dermatologist said isotretinoin works/),
      expect.stringMatching(/^Accutane[\s:]*In the US it was sold as Accutane;/),
      expect.stringMatching(/^Roaccutane[\s:]*….*took Roaccutane in Spain\.$/),
      expect.stringMatching(/^isotretinoína[\s:]*Mi amiga tomó isotretinoína/),
      expect.stringMatching(/^isotretinion[\s:]*Some forums misspell it as isotretinion\./),
      expect.stringMatching(/^isotretinoin[\s:]*….*before starting isotretinoin treatment\.$/),
    ]);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await items.last().getByRole('button').click();
    // The revealed mention flashes: a flash highlight over it, drawn by our sheet.
    const flash = await page.evaluate(async (name) => {
      for (let i = 0; i < 100 && !CSS.highlights.has(name); i++)
        await new Promise((ok) => setTimeout(ok, 10));
      const range = [...(CSS.highlights.get(name) ?? [])][0] as AbstractRange | undefined;
      const last = document.querySelector('#last')!;
      return {
        onLast: !!range && last.contains(range.startContainer),
        background: getComputedStyle(last, `::highlight(${name})`).backgroundColor,
      };
    }, FLASH_HIGHLIGHT);
    expect(flash).toEqual({ onLast: true, background: 'rgb(253, 230, 138)' });
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const lastInView = () =>
      page.evaluate(() => {
        const r = document.querySelector('#last')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await expect.poll(lastInView).toBe(true);
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(s.consoleErrors(popup)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('"On this site" off removes highlights and badge at once and survives reload; on restores them', async () => {
    const page = await openFixture(s, '/settings-page.html');
    await expect.poll(() => s.badgeText(page)).toBe('6');
    const popup = await s.openPopup(page);
    const onThisSite = popup.getByRole('switch', { name: 'On this site' });
    await expect.poll(() => onThisSite.isChecked()).toBe(true);
    await onThisSite.uncheck();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => s.badgeText(page)).toBe('');
    await expect.poll(() => popup.getByText('Highlighting is off on 127.0.0.1.').count()).toBe(1);
    expect((await storedSettings(s)).disabledSites).toEqual(['127.0.0.1']);

    await page.reload();
    await page.waitForTimeout(1000);
    expect(await highlightCount(page)).toBe(0);
    expect(await s.badgeText(page)).toBe('');

    await popup.bringToFront();
    await onThisSite.check();
    await expect.poll(() => highlightCount(page)).toBe(6);
    await expect.poll(() => s.badgeText(page)).toBe('6');
  });

  test('a switch that cannot be saved says why and goes back, the second time too', async () => {
    // Sites filling the sync budget to the byte: switching this site off would add one more.
    const sites: string[] = [];
    const bytes = () =>
      new TextEncoder().encode(`settings${JSON.stringify({ disabledSites: sites })}`).length;
    while (bytes() <= SETTING_LIMITS.syncBytes - 40) sites.push(`site-${sites.length}.example.com`);
    // The last one fills it (an entry costs its length + 3: quotes and comma).
    sites.push(`${'a'.repeat(SETTING_LIMITS.syncBytes - bytes() - 3 - 4)}.com`);
    expect(bytes()).toBe(SETTING_LIMITS.syncBytes);
    await writeSettings(s, { disabledSites: sites });
    const page = await openFixture(s, '/settings-page.html');
    const popup = await s.openPopup(page);
    const onThisSite = popup.getByRole('switch', { name: 'On this site' });
    await expect.poll(() => onThisSite.isChecked()).toBe(true);
    for (let attempt = 0; attempt < 2; attempt++) {
      await onThisSite.click();
      await expect.poll(() => popup.getByRole('alert').innerText()).toContain('Too many sites');
      await expect.poll(() => onThisSite.isChecked()).toBe(true);
    }
    expect((await storedSettings(s)).disabledSites).toEqual(sites);
    expect(await highlightCount(page)).toBe(6);
  });

  test('pause for 1 hour turns highlighting off; a pause that runs out turns it back on without reload', async () => {
    const page = await openFixture(s, '/settings-page.html');
    const popup = await s.openPopup(page);
    await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => s.badgeText(page)).toBe('');
    await expect.poll(() => popup.getByText(/^Paused until/).count()).toBe(1);
    const until = Number((await storedSettings(s)).pausedUntil);
    expect(until - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(until - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    // Shorten the pause to 2 s, as if the hour had nearly passed.
    await writeSettings(s, { ...(await storedSettings(s)), pausedUntil: Date.now() + 2000 });
    await page.waitForTimeout(500);
    expect(await highlightCount(page)).toBe(0);
    await expect.poll(() => highlightCount(page), { timeout: 6000 }).toBe(6);
    await expect.poll(() => s.badgeText(page)).toBe('6');
    await expect.poll(() => popup.getByRole('button', { name: 'Pause for 1 hour' }).count()).toBe(1);
  });

  test('"No mentions on this page" on a page without any, and the full card with collapsible sections', async () => {
    const page = await s.newPage('/popup-no-mentions.html');
    const popup = await s.openPopup(page);
    await expect.poll(() => popup.getByText('No mentions on this page').count()).toBe(1);
    // The full card is below, sections collapsible: only the pregnancy warning starts open.
    const open = popup.locator('.popup-section[open] > summary');
    expect(await open.allInnerTexts()).toEqual([expect.stringMatching(/pregnan/i)]);
    const closed = popup.locator('.popup-section:not([open]) > summary').first();
    await closed.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => open.count()).toBe(2);
  });

  test('on a page still loading it says so, then lists the mentions once the page has loaded', async () => {
    const page = await s.context.newPage();
    await page.goto(s.server.url(HELD_PAGE), { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#first').count()).toBe(1);
    const popup = await s.openPopup(page);
    // The wake runs at once in a page still loading (injectImmediately) and finds no content script
    // there yet: the popup says the page is loading instead of waiting on it or blaming an update.
    await expect.poll(() => popup.getByText('This page is still loading.', { exact: false }).count()).toBe(1);
    expect(await popup.getByText("MedGlance can't run on this page").count()).toBe(0);
    await new Promise((ok) => setTimeout(ok, 2500));
    expect(await popup.getByText('This page is still loading.', { exact: false }).count()).toBe(1);
    s.server.releaseHeld();
    await expect.poll(() => popup.getByText('1 mention on this page').count(), { timeout: 10_000 }).toBe(1);
    expect(s.consoleErrors(popup)).toEqual([]);
  });

  test('says plainly why it cannot run on a browser page', async () => {
    const page = await s.newPage('about:blank');
    const popup = await s.openPopup(page);
    await expect.poll(() => popup.getByText("MedGlance can't run on this page").count()).toBe(1);
    expect(await popup.locator('main').innerText()).toContain("browser's own pages");
    // The card is still there, so the popup is useful anyway.
    expect(await popup.locator('.mg-med').count()).toBe(1);
    const [options] = await Promise.all([
      s.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Options' }).click(),
    ]);
    await expect.poll(() => options.url()).toContain('/options.html');
  });

  test('axe finds no violations in the popup, light and dark', async () => {
    const page = await openFixture(s, '/settings-page.html');
    const popup = await s.openPopup(page);
    await popup.getByRole('heading', { name: '6 mentions on this page' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await writeSettings(s, { theme: 'dark' });
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    for (const summary of await popup.locator('.popup-section > summary').all()) await summary.click();
    expect(await axeViolations(popup)).toEqual([]);
  });
});
