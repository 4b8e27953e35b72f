import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { dialog, hover, wait } from './card-helpers';
import { declared, highlightCount, openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightStyle, writeSettings } from './settings-helpers';

// Options changes reach every open tab at once, without reload (issue 6, "Done when").
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  await writeSettings(s, {});
});

describe('settings changed on the options page apply live in open tabs', () => {
  test('master switch off empties highlights and badges in every tab; on brings them back', async () => {
    const a = await openFixture(s, '/settings-page.html');
    const b = await openFixture(s, '/detection-basic.html');
    const expectedB = String(await declared(b, 'data-expected-count'));
    await expect.poll(() => s.badgeText(a)).toBe('6');
    await expect.poll(() => s.badgeText(b)).toBe(expectedB);

    const options = await s.openOptions();
    const master = options.getByLabel('Highlight mentions on web pages');
    await master.uncheck();
    for (const page of [a, b]) {
      await expect.poll(() => highlightCount(page)).toBe(0);
      await expect.poll(() => s.badgeText(page)).toBe('');
    }
    await options.bringToFront();
    await master.check();
    await expect.poll(() => highlightCount(a)).toBe(6);
    await expect.poll(() => s.badgeText(a)).toBe('6');
    await expect.poll(() => s.badgeText(b)).toBe(expectedB);
    expect(s.consoleErrors(a)).toEqual([]);
    expect(s.consoleErrors(options)).toEqual([]);
  });

  test('badge switch off empties the badge but keeps the highlights', async () => {
    const page = await openFixture(s, '/settings-page.html');
    await expect.poll(() => s.badgeText(page)).toBe('6');
    const options = await s.openOptions();
    await options.getByLabel('Show the number of mentions on the toolbar icon').uncheck();
    await expect.poll(() => s.badgeText(page)).toBe('');
    expect(await highlightCount(page)).toBe(6);
    await options.getByLabel('Show the number of mentions on the toolbar icon').check();
    await expect.poll(() => s.badgeText(page)).toBe('6');
  });

  test('name groups: brands, international names and misspellings switch off and on', async () => {
    const page = await openFixture(s, '/settings-page.html');
    const options = await s.openOptions();
    await options.getByLabel('Brand names').uncheck();
    await expect.poll(() => highlightCount(page)).toBe(await declared(page, 'data-count-no-brands'));
    await options.getByLabel('Names in other languages').uncheck();
    await options.getByLabel('Common misspellings').uncheck();
    await expect.poll(() => highlightCount(page)).toBe(await declared(page, 'data-count-generic-only'));
    await expect.poll(() => s.badgeText(page)).toBe('2');
    await options.bringToFront();
    await options.getByLabel('Brand names').check();
    await expect.poll(() => highlightCount(page)).toBe(4);
  });

  test('highlight style and colour restyle the marks at once', async () => {
    const page = await openFixture(s, '/settings-page.html');
    // The default is a tint without any text decoration: Chromium recomputes the visual overflow of
    // every text node under a decorated highlight after each change to the page's DOM (1,000 underlined
    // marks made each append of 50 paragraphs to a 2.3 MB forum about 100 ms slower, `npm run bench`).
    const tint = await highlightStyle(page, '#first');
    expect(tint).toMatchObject({ line: 'none' });
    expect(tint.background).not.toBe('rgba(0, 0, 0, 0)');
    const options = await s.openOptions();
    await options.getByLabel('Highlight style').selectOption('underline');
    await expect
      .poll(() => highlightStyle(page, '#first'))
      .toMatchObject({ line: 'underline', color: 'rgb(180, 83, 9)', background: 'rgba(0, 0, 0, 0)' });
    await options.getByLabel('Highlight style').selectOption('both');
    await options.getByLabel('Highlight colour').fill('#1d4ed8');
    await expect
      .poll(() => highlightStyle(page, '#first'))
      .toMatchObject({ line: 'underline', color: 'rgb(29, 78, 216)' });
    // Restyling does not rescan: the same mentions stay highlighted.
    expect(await highlightCount(page)).toBe(6);
  });

  test('trigger and hover delay change how the card opens, live', async () => {
    const page = await openFixture(s, '/card-hover.html');
    const options = await s.openOptions();
    await options.getByLabel('Open the card').selectOption('click');
    await page.bringToFront();
    await hover(page, '#m1');
    await wait(900);
    expect(await dialog(page).isVisible()).toBe(false);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);

    await options.bringToFront();
    await options.getByLabel('Open the card').selectOption('hover');
    await options.getByLabel(/Hover delay/).fill('1500');
    await options.getByLabel(/Hover delay/).press('Enter');
    await page.bringToFront();
    await hover(page, '#m1');
    await wait(700);
    expect(await dialog(page).isVisible()).toBe(false);
    await expect.poll(() => dialog(page).isVisible(), { timeout: 3000 }).toBe(true);
  });

  test('theme changes the open card and the options page', async () => {
    const options = await s.openOptions();
    const bg = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await options.getByLabel('Theme').selectOption('dark');
    await expect.poll(bg).not.toBe('rgb(255, 255, 255)');
    const page = await openFixture(s, '/card-hover.html');
    await hover(page, '#m1');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    const scheme = () => dialog(page).evaluate((el) => getComputedStyle(el).colorScheme);
    await expect.poll(scheme).toBe('dark');
    await options.bringToFront();
    await options.getByLabel('Theme').selectOption('light');
    await expect.poll(scheme).toBe('light');
  });
});
