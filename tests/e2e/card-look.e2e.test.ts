import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import type { Page } from 'playwright-core';
import { openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { cardBox, cardTitle, dialog, hoverOpen, wait } from './card-helpers';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

/** Computed styles of the card's parts that page CSS would most likely change. */
function cardStyles(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const pick = (selector: string, props: string[]) => {
      const style = getComputedStyle(root.querySelector(selector)!);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    const text = ['font-family', 'font-size', 'line-height', 'color', 'letter-spacing', 'text-align'];
    return {
      dialog: pick('[role="dialog"]', [
        ...text,
        'width',
        'background-color',
        'border-radius',
        'display',
        'opacity',
      ]),
      title: pick('.mg-title', [...text, 'font-weight']),
      item: pick('.mg-item', text),
      button: pick('.mg-close', ['width', 'height', 'display', 'color']),
      box: pick('.mg-boxed', ['background-color', 'border-left-width', 'display']),
    };
  }, CARD_HOST_TAG);
}

/** In the page: how the backdrop of the element with this tag is displayed. */
const backdropDisplay = (tag: string) => getComputedStyle(document.querySelector(tag)!, '::backdrop').display;

type AxeResult = { id: string; help: string; nodes: { target: unknown; any?: { data?: unknown }[] }[] };
type AxeResults = Record<'passes' | 'violations' | 'incomplete', AxeResult[]>;
const axeRun = (page: Page, runOnly: string[] | null) =>
  page.evaluate(
    async ({ only, tag }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResults> } }).axe;
      const context = { include: { fromShadowDom: [tag, '[role="dialog"]'] } };
      return axe.run(context, only ? { runOnly: only } : {});
    },
    { only: runOnly, tag: CARD_HOST_TAG },
  );

/**
 * Runs axe-core on the open card only (axe follows the shadow-DOM selector path). Every rule runs on the
 * card where it really lives. Colour contrast needs two accommodations, both undone afterwards: axe
 * hit-tests only descendants of <body> (its layout grid starts there), while the card's host hangs off
 * <html> on purpose (content/card/surface.tsx), so the host moves into <body>; and text scrolled out of the
 * card's own scroll box counts as "obscured", so the card is unclamped in a tall viewport for that run.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const inPlace = await axeRun(page, null);
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 8000 });
  await page.evaluate((tag) => {
    const host = document.querySelector(tag)!;
    const unclamp = document.createElement('style');
    unclamp.id = 'axe-unclamp';
    unclamp.textContent =
      '.mg-card { max-height: none !important } .mg-scroll { overflow: visible !important }';
    host.shadowRoot!.append(unclamp);
    document.body.append(host);
  }, CARD_HOST_TAG);
  const contrast = await axeRun(page, ['color-contrast']);
  await page.evaluate((tag) => {
    const host = document.querySelector(tag)!;
    host.shadowRoot!.getElementById('axe-unclamp')!.remove();
    document.documentElement.append(host);
  }, CARD_HOST_TAG);
  await page.setViewportSize(viewport);
  const passed = new Set([...inPlace.passes, ...contrast.passes].map((r) => r.id));
  // axe must have checked the card, not an empty context, and decided every contrast pair.
  if (!passed.has('aria-dialog-name') || !passed.has('color-contrast') || contrast.incomplete.length > 0) {
    const undecided = contrast.incomplete.flatMap((r) => r.nodes.map((n) => [n.target, n.any?.[0]?.data]));
    return [
      `axe did not fully check the card: passed ${[...passed].join(', ')}; undecided ${JSON.stringify(undecided)}`,
    ];
  }
  return [...inPlace.violations, ...contrast.violations].map(
    (v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
  );
}

describe('card look and accessibility in Chromium', () => {
  test('hostile page CSS does not change the card', async () => {
    const plain = await openFixture(s, '/card-plain.html');
    await plain.emulateMedia({ reducedMotion: 'reduce' }); // no appear animation mid-way
    await hoverOpen(plain, '#m1');
    await wait(300); // past the appear animation
    const expected = await cardStyles(plain);

    const hostile = await openFixture(s, '/card-hostile.html');
    await hostile.emulateMedia({ reducedMotion: 'reduce' });
    await hoverOpen(hostile, '#m1');
    await wait(300);
    expect(await cardStyles(hostile)).toEqual(expected);
    // On top of the page's max-z-index overlay and not clipped by the mention's ancestors.
    const card = (await cardBox(hostile))!;
    const onTop = await hostile.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: card.x + card.width / 2,
      y: card.y + card.height / 2,
    });
    expect(onTop).toBe(CARD_HOST_TAG);
    await dialog(hostile).screenshot({ path: 'test-results/card-hostile.png' });
    expect(s.consoleErrors(hostile)).toEqual([]);
  });

  test("the card is drawn above the page's own open popover (a consent banner in the top layer)", async () => {
    const page = await openFixture(s, '/card-top-layer.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.querySelector('#banner')!.matches(':popover-open'))).toBe(true);
    await hoverOpen(page, '#m1');
    await wait(300);
    const banner = (await page.locator('#banner').boundingBox())!;
    /** A point on both the open card and the banner, and the element the page sees there. */
    const onCardAndBanner = async () => {
      const card = (await cardBox(page))!;
      const point = { x: card.x + card.width / 2, y: Math.max(card.y + card.height / 2, banner.y + 10) };
      expect(point.y).toBeLessThan(card.y + card.height);
      const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point);
      return { point, top };
    };
    const bannerOpen = () => page.evaluate(() => document.querySelector('#banner')!.matches(':popover-open'));
    const { point: centre, top } = await onCardAndBanner();
    expect(top).toBe(CARD_HOST_TAG);
    // The card still takes the pointer there: moving onto it keeps it open.
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    // The page's banner is untouched and still open; the page's ::backdrop rule draws nothing for us.
    expect(await bannerOpen()).toBe(true);
    expect(await page.evaluate(backdropDisplay, CARD_HOST_TAG)).toBe('none');
    // Closed, then the page opens a second banner, then the card opens again: still on top.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await page.evaluate(() => {
      const second = document.createElement('div');
      second.popover = 'manual';
      second.style.cssText =
        'position:fixed;inset:48px 0 0 0;margin:0;border:0;width:auto;height:auto;background:#432';
      document.body.append(second);
      second.showPopover();
    });
    await page.mouse.move(1, 1);
    await wait(500);
    await hoverOpen(page, '#m1');
    await wait(300);
    expect((await onCardAndBanner()).top).toBe(CARD_HOST_TAG);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test("a mention in the page's modal dialog opens a card that takes the pointer, clicks and Escape", async () => {
    const page = await openFixture(s, '/card-modal-dialog.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const modalOpen = () => page.evaluate(() => document.querySelector('dialog')!.matches(':modal'));
    expect(await modalOpen()).toBe(true);
    await hoverOpen(page, '#m1');
    await wait(300);
    const card = (await cardBox(page))!;
    const point = { x: card.x + card.width / 2, y: card.y + Math.min(card.height / 2, 40) };
    // Not inert: the page's own hit test finds the card, and the pointer resting on it keeps it open.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point)).toBe(
      CARD_HOST_TAG,
    );
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    // Its buttons work, and a click in the card, outside the dialog's box, is not the page's "click
    // outside" that closes its dialog.
    const more = dialog(page).locator('button[aria-expanded]');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const button = (await more.boundingBox())!;
    const box = (await page.locator('#modal').boundingBox())!;
    expect(button.y + button.height / 2).toBeGreaterThan(box.y + box.height);
    await more.click({ timeout: 3000 });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await modalOpen()).toBe(true);
    // Escape closes the card only, and focus goes back into the dialog, where it was before the click.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await modalOpen()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('done');
    // The next Escape closes the page's dialog, as with nested popovers.
    await page.keyboard.press('Escape');
    await expect.poll(modalOpen).toBe(false);
    // A pinned card in the dialog closes with it (else it would stay open, unseen, in a closed dialog),
    // and our host leaves the page's dialog with it.
    await page.evaluate(() => document.querySelector('dialog')!.showModal());
    await page.mouse.move(1, 1); // after Escape the mention under the pointer stays quiet until it leaves
    await wait(400);
    await hoverOpen(page, '#m1');
    const hostParent = () =>
      page.evaluate((tag) => document.querySelector(tag)?.parentElement?.localName ?? null, CARD_HOST_TAG);
    expect(await hostParent()).toBe('dialog');
    await dialog(page).getByRole('button', { name: 'Pin' }).click({ timeout: 3000 });
    await page.evaluate(() => document.querySelector('dialog')!.close());
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await hostParent()).toBe('html');
    // Behind the closed dialog: an Escape closing that card reaches the page uncancelled.
    await hoverOpen(page, '#m0');
    expect(await hostParent()).toBe('html');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    // A web component's modal dialog, the mention slotted into it: the card hangs in that dialog.
    await page.mouse.move(1, 1);
    await page.evaluate(() => (document.querySelector('#wc') as HTMLElement & { open(): void }).open());
    await hoverOpen(page, '#m2');
    const inComponent = await page.evaluate((tag) => {
      const shadow = document.querySelector('#wc')!.shadowRoot!;
      return shadow.querySelector('dialog')!.lastElementChild?.localName === tag;
    }, CARD_HOST_TAG);
    expect(inComponent).toBe(true);
    const wcCard = (await cardBox(page))!;
    await page.mouse.move(wcCard.x + wcCard.width / 2, wcCard.y + Math.min(wcCard.height / 2, 40), {
      steps: 5,
    });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    const wcOpen = () =>
      page.evaluate(() =>
        document.querySelector('#wc')!.shadowRoot!.querySelector('dialog')!.matches(':modal'),
      );
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await wcOpen()).toBe(true);
    // What the page's key listener heard: not the Escape pressed in the card (keys in the card stay in
    // it); the one that closed its dialog and the one for the card off <html>, uncancelled; the one that
    // closed the card in the component's dialog, cancelled, so that dialog stayed.
    const escapes = await page.evaluate(() => (window as unknown as { escapes: boolean[] }).escapes);
    expect(escapes).toEqual([false, false, true]);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: axe finds no violations (compact and expanded); screenshots for review`, async () => {
      const page = await openFixture(s, '/card-hover.html');
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 900, height: 1000 });
      await hoverOpen(page, '#m1');
      await wait(200);
      await dialog(page).screenshot({ path: `test-results/card-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      await dialog(page).getByRole('button', { name: /More/ }).click();
      await wait(100);
      await dialog(page).screenshot({ path: `test-results/card-${scheme}-full.png` });
      expect(await axeViolations(page)).toEqual([]);
      const background = await dialog(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(29, 33, 39)' : 'rgb(255, 255, 255)');
    });
  }

  test('at 200 % zoom (half the CSS viewport) the card still fits and scrolls inside', async () => {
    const page = await openFixture(s, '/card-hover.html');
    await page.setViewportSize({ width: 640, height: 400 }); // 1280×800 at 200 %
    await hoverOpen(page, '#m1');
    await wait(150);
    const card = (await cardBox(page))!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(640);
    expect(card.y + card.height).toBeLessThanOrEqual(400);
    const scrolls = await page.evaluate((tag) => {
      const el = document.querySelector(tag)!.shadowRoot!.querySelector('.mg-scroll')!;
      return el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto';
    }, CARD_HOST_TAG);
    expect(scrolls).toBe(true);
    await page.screenshot({ path: 'test-results/card-zoom-200.png' });
  });
});

describe('card settings and touch in Chromium', () => {
  test('theme and text size apply live to an open card', async () => {
    const page = await openFixture(s, '/card-hover.html');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await hoverOpen(page, '#m1');
    await dialog(page).getByRole('button', { name: 'Pin' }).click();
    const size = () =>
      page.locator(`${CARD_HOST_TAG} .mg-title`).evaluate((el) => getComputedStyle(el).fontSize);
    const before = parseFloat(await size());
    await s.evalInWorker((v) => chrome.storage.sync.set({ settings: v }), { theme: 'dark', textSize: 150 });
    await expect
      .poll(() => dialog(page).evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(29, 33, 39)');
    expect(parseFloat(await size())).toBeCloseTo(before * 1.5, 0);
    await s.evalInWorker(() => chrome.storage.sync.set({ settings: {} }), null);
  });

  test('a tap on a mention opens its card at once', async () => {
    // A long hover delay, so only the tap path (not a compatibility mouse hover) can open it in time.
    await s.evalInWorker((v) => chrome.storage.sync.set({ settings: v }), { hoverDelayMs: 2000 });
    const page = await openFixture(s, '/card-hover.html');
    const box = (await page.locator('#m2').boundingBox())!;
    // Touch input through DevTools, as Playwright's touchscreen does (the harness context has no hasTouch).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const point = { x: box.x + 10, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => cardTitle(page), { timeout: 1000 }).toBe('isotretinoin');
    await s.evalInWorker(() => chrome.storage.sync.set({ settings: {} }), null);
  });
});
