import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import { highlightCount } from './page-helpers';
import {
  firefoxPath,
  launchFirefoxWithExtension,
  warnIfNoFirefox,
  type FirefoxSession,
} from './firefox-harness';
import type { FixtureServer } from './fixture-server';

// The hover card in Firefox ESR (MV3 build installed through WebDriver BiDi, as in firefox.e2e.test.ts):
// hovering a mention opens the dialog named after it, pregnancy warning first; Escape closes it.

warnIfNoFirefox('Firefox card test');

describe.skipIf(!firefoxPath)('hover card in Firefox ESR', () => {
  let firefox: FirefoxSession | undefined;
  let browser: Browser | undefined;
  let server: FixtureServer;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    ({ browser, server } = firefox);
  });

  afterAll(() => firefox?.close());

  /** Opens a fixture, waits for its marks, and rests the pointer on #m1; page errors are collected. */
  async function hoverFirstMention(path: string, marks: number) {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url(path));
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(marks);
    const box = (await (await page.$('#m1'))!.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    return { page, errors };
  }

  test('hover opens the named dialog with the pregnancy box first; Escape closes it', async () => {
    const { page, errors } = await hoverFirstMention('/card-hover.html', 4);
    const card = () =>
      page.evaluate((tag) => {
        const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        const r = dialog.getBoundingClientRect();
        return {
          title: dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent,
          firstSection: dialog.querySelector('.mg-section')?.className,
          visible: r.width > 200 && r.height > 100 && r.top >= 0 && r.bottom <= innerHeight,
        };
      }, CARD_HOST_TAG);
    await expect.poll(async () => (await card())?.title, { timeout: 5000 }).toBe('Accutane');
    const open = (await card())!;
    expect(open.firstSection).toContain('mg-boxed');
    expect(open.visible).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => await card()).toBeNull();
    expect(errors).toEqual([]);
  });

  test("the card is drawn above the page's own open popover", async () => {
    const { page, errors } = await hoverFirstMention('/card-top-layer.html', 1);
    // The element at a point on both the card and the page's banner: the card's host, not the banner.
    const onTop = () =>
      page.evaluate((tag) => {
        const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        const card = dialog.getBoundingClientRect();
        const banner = document.querySelector('#banner')!.getBoundingClientRect();
        const y = Math.max(card.top + card.height / 2, banner.top + 10);
        if (y >= card.bottom) return 'no overlap';
        return document.elementFromPoint(card.left + card.width / 2, y)?.localName;
      }, CARD_HOST_TAG);
    await expect.poll(onTop, { timeout: 5000 }).toBe(CARD_HOST_TAG);
    expect(await page.evaluate(() => document.querySelector('#banner')!.matches(':popover-open'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test("a mention in the page's modal dialog opens a card that takes clicks; Escape closes the card only", async () => {
    const { page, errors } = await hoverFirstMention('/card-modal-dialog.html', 3);
    const modalOpen = () => page.evaluate(() => document.querySelector('dialog')!.matches(':modal'));
    /** The card's More button: where it is, what the page hit-tests there, whether it is expanded. */
    const more = () =>
      page.evaluate((tag) => {
        const button = document.querySelector(tag)?.shadowRoot?.querySelector('button[aria-expanded]');
        if (!button) return null;
        button.scrollIntoView({ block: 'nearest' }); // at the end of the card's scrolling body
        const r = button.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        return { x, y, top: document.elementFromPoint(x, y)?.localName, expanded: button.ariaExpanded };
      }, CARD_HOST_TAG);
    await expect.poll(async () => (await more())?.top, { timeout: 5000 }).toBe(CARD_HOST_TAG);
    const { x, y } = (await more())!;
    await page.mouse.move(x, y, { steps: 5 });
    await page.mouse.click(x, y);
    await expect.poll(async () => (await more())?.expanded).toBe('true');
    expect(await modalOpen()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(more).toBeNull();
    expect(await modalOpen()).toBe(true);
    // Focus went back into the dialog, and the next Escape closes the page's dialog.
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName)).toBe(
      'input',
    );
    await page.keyboard.press('Escape');
    await expect.poll(modalOpen).toBe(false);
    expect(errors).toEqual([]);
  });

  test('srcdoc, about:blank and blob: frames each mark their mention and open its card; Escape in the page closes it', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url('/frames-without-url.html'));
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(1);
    for (const id of ['srcdoc', 'blank', 'blob']) {
      const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
      await expect.poll(() => highlightCount(frame), { timeout: 15_000 }).toBe(1);
      const box = (await (await frame.$('#m'))!.boundingBox())!;
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + 10, box.y + box.height / 2);
      const title = () =>
        frame.evaluate((tag) => {
          const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
          return dialog?.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent ?? null;
        }, CARD_HOST_TAG);
      await expect.poll(title, { timeout: 5000 }).toBe('Claravis');
      // Keys go to the focused (top) document, not the frame: Escape reaches this card through the
      // background (background/escape-relay.ts), with the pointer still on the mention.
      await page.keyboard.press('Escape');
      await expect.poll(title, { timeout: 5000 }).toBeNull();
    }
    expect(errors).toEqual([]);
  });
});
