import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import type { Page } from 'playwright-core';
import { openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { cardBox, cardOpen, cardTitle, dialog, hoverOpen, wait } from './card-helpers';

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
    // A finger that lifts "leaves" the page (touch cannot hover): the card stays open all the same.
    await page.waitForTimeout(800);
    expect(await cardOpen(page)).toBe(true);
    // A finger moving in the card, then a tap on another mention: that one's card opens at once (a
    // move in the card must not leave the pointer counted as "in the card" for the next tap).
    const card = (await cardBox(page))!;
    const inCard = { x: card.x + card.width / 2, y: card.y + 40 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [inCard] });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: inCard.x + 3, y: inCard.y + 2 }],
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const other = (await page.locator('#m1').boundingBox())!;
    const tap = { x: other.x + 10, y: other.y + other.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [tap] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => cardTitle(page), { timeout: 1000 }).toBe('Accutane');
    await page.waitForTimeout(800);
    expect(await cardOpen(page)).toBe(true);
    await s.evalInWorker(() => chrome.storage.sync.set({ settings: {} }), null);
  });
});
