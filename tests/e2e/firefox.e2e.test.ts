import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MENTION_HIGHLIGHT } from './extension-constants';
import { highlightCount } from './page-helpers';
import {
  firefoxPath,
  launchFirefoxWithExtension,
  warnIfNoFirefox,
  type FirefoxSession,
} from './firefox-harness';
import type { FixtureServer } from './fixture-server';
import { readDetectionReport, reportProblems } from './detection-expect';

// Firefox smoke test: the Firefox (MV3) build installs in the system Firefox ESR through WebDriver BiDi
// (puppeteer-core `installExtension`, a temporary add-on) and its content script marks mentions.
// Firefox ESR 140+ has the CSS Custom Highlight API, so the same observable as the Chromium smoke test applies.

warnIfNoFirefox('Firefox smoke test');

describe.skipIf(!firefoxPath)('the built extension in Firefox ESR', () => {
  let firefox: FirefoxSession | undefined;
  let browser: Browser | undefined;
  let server: FixtureServer;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    ({ browser, server } = firefox);
  });

  afterAll(() => firefox?.close());

  test('marks every mention on a page and nothing else', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('/smoke.html'));
    const expected = Number(await page.$eval('body', (b) => b.dataset.expectedCount));
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => highlightCount(page), {
        timeout: 15_000,
      })
      .toBe(expected);
    const marked = await page.evaluate(
      (name) =>
        // Highlights may hold StaticRange objects (no toString), so read the text through a live Range.
        [...(CSS.highlights.get(name) ?? [])]
          .map((a) => {
            const r = new Range();
            r.setStart(a.startContainer, a.startOffset);
            r.setEnd(a.endContainer, a.endOffset);
            return r.toString();
          })
          .toSorted(),
      MENTION_HIGHLIGHT,
    );
    const wanted = await page.$$eval('[data-expect="match"]', (els) =>
      els.map((e) => e.textContent ?? '').toSorted(),
    );
    expect(marked).toEqual(wanted);
    // The marks' look comes only from the sheet the content script adopts (the manifest injects none).
    const style = await page.evaluate(
      (name) => ({
        rule: document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((r) => r.cssText.includes(`::highlight(${name})`)),
        ),
        background: getComputedStyle(
          document.querySelector('[data-expect="match"]')!.parentElement!,
          `::highlight(${name})`,
        ).backgroundColor,
      }),
      MENTION_HIGHLIGHT,
    );
    expect(style.rule).toBe(true);
    // The default tint, 22 % of the highlight colour (Firefox writes it as `color(srgb … / 0.22)`).
    expect(style.background).toMatch(/[\s,/]0\.22\)$/);
    expect(errors).toEqual([]);
  });

  test('detection fixtures: every name form, no look-alike or excluded context, open shadow roots', async () => {
    for (const path of ['/detection-basic.html', '/detection-shadow.html', '/detection-adjacent.html']) {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url(path));
      await expect
        .poll(async () => reportProblems(await page.evaluate(readDetectionReport, MENTION_HIGHLIGHT)), {
          timeout: 15_000,
        })
        .toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test('a web component defined after the page was read shows its mention', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('/shadow-upgrade.html'));
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightCount(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { defineLater(): void }).defineLater());
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(1);
    expect(errors).toEqual([]);
  });
});
