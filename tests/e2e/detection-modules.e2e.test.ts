import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { buildPageBundle } from '../support/page-bundle';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './chromium-path';
import { MENTION_HIGHLIGHT } from './extension-constants';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { trackErrors } from './harness';

// The detection modules in a plain page (no extension): the page's own world can call hitTest and read
// mentions, which the extension's isolated world hides from tests.

let browser: Browser;
let server: FixtureServer;
let bundle: string;

beforeAll(async () => {
  [bundle, browser, server] = await Promise.all([
    buildPageBundle(join(import.meta.dirname, 'detection-page-entry.ts'), 'MedglanceDetectionBundle'),
    chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS }),
    startFixtureServer(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PageSession {
  mentions: { text: string }[];
  count: number;
  hitTest(x: number, y: number): { text: string } | null;
  update(o: object): void;
  settled(): Promise<void>;
}
type Win = { session: PageSession; start(): Promise<void> };

async function open(path: string, setup?: () => void): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = trackErrors(page);
  await page.goto(server.url(path));
  if (setup) await page.evaluate(setup);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(async () => {
    const w = window as unknown as Win & { MedglanceDetection: { startDetection: Function } };
    // Every name group on: a medication without an entry in nameGroups has all its groups on.
    w.session = w.MedglanceDetection.startDetection(new AbortController().signal, {
      enabled: true,
      nameGroups: {},
    });
    await w.session.settled();
  });
  return { page, errors };
}

/** Viewport centre of each client rect of an element (found in the document or the #host shadow root). */
const centres = (page: Page, id: string) =>
  page.evaluate((elementId) => {
    const el =
      document.getElementById(elementId) ??
      document.getElementById('host')!.shadowRoot!.getElementById(elementId)!;
    return [...el.getClientRects()].map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, r }));
  }, id);
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => (window as unknown as Win).session.hitTest(px!, py!)?.text ?? null, [x, y]);

describe('detection modules in Chromium', () => {
  test('hit-test returns the mention under the point, and nothing beside it', async () => {
    const { page, errors } = await open('/detection-hit-test.html');
    const [accutane] = await centres(page, 'accutane');
    expect(await hitAt(page, accutane!.x, accutane!.y)).toBe('Accutane');
    // Just right of the name: the caret snaps to its end, but the point is not on it.
    expect(await hitAt(page, accutane!.r.right + 6, accutane!.y)).toBeNull();
    const [em] = await centres(page, 'split-name');
    expect(await hitAt(page, em!.x, em!.y)).toBe('Isotretinoin');
    const [shadow] = await centres(page, 'shadow-name');
    expect(await hitAt(page, shadow!.x, shadow!.y)).toBe('Epuris');
    for (const part of await centres(page, 'absorica'))
      expect(await hitAt(page, part.x, part.y)).toBe('Absorica LD');
    const [none] = await centres(page, 'none');
    expect(await hitAt(page, none!.x, none!.y)).toBeNull();
    const [plain] = await centres(page, 'plain');
    expect(await hitAt(page, plain!.r.left + 4, plain!.y)).toBeNull();
    expect(errors).toEqual([]);
  });

  test('mentions stay in document order (shadow roots in place) as content is added anywhere', async () => {
    const { page } = await open('/detection-hit-test.html');
    const texts = () => page.evaluate(() => (window as unknown as Win).session.mentions.map((m) => m.text));
    expect(await texts()).toEqual(['Accutane', 'Isotretinoin', 'Epuris', 'Absorica LD']);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<p>First: Zenatane</p>');
      document.getElementById('none')!.append(' Now Myorisan.');
    });
    await expect
      .poll(texts, { timeout: 5_000 })
      .toEqual(['Zenatane', 'Accutane', 'Isotretinoin', 'Epuris', 'Absorica LD', 'Myorisan']);
  });

  test('switching off removes every highlight; switching on and name groups rescan', async () => {
    const { page } = await open('/detection-hit-test.html');
    const state = () =>
      page.evaluate(
        (name) => ({
          count: (window as unknown as Win).session.count,
          highlighted: CSS.highlights.get(name)?.size ?? 0,
        }),
        MENTION_HIGHLIGHT,
      );
    expect(await state()).toEqual({ count: 4, highlighted: 4 });
    await page.evaluate(() => (window as unknown as Win).session.update({ enabled: false, nameGroups: {} }));
    expect(await state()).toEqual({ count: 0, highlighted: 0 });
    await page.evaluate(async () => {
      const { session } = window as unknown as Win;
      session.update({
        enabled: true,
        nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
      });
      await session.settled();
    });
    // Brands off: only the generic name remains.
    expect(await state()).toEqual({ count: 1, highlighted: 1 });
  });

  test('a large page is scanned in slices that yield to the page, and every mention is found', async () => {
    const { page } = await open('/detection-hit-test.html', () => {
      const parts: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        parts.push(
          `<p>Comment ${i}: ${i % 1000 === 0 ? 'my Roaccutane story' : 'lorem ipsum dolor sit amet '.repeat(4)}</p>`,
        );
      }
      document.body.insertAdjacentHTML('beforeend', parts.join(''));
      const scheduler = (globalThis as unknown as { scheduler: { yield(): Promise<void> } }).scheduler;
      const original = scheduler.yield.bind(scheduler);
      (window as unknown as { yields: number }).yields = 0;
      scheduler.yield = () => {
        (window as unknown as { yields: number }).yields++;
        return original();
      };
    });
    const result = await page.evaluate(() => ({
      count: (window as unknown as Win).session.count,
      yields: (window as unknown as { yields: number }).yields,
    }));
    expect(result.count).toBe(4 + 20);
    expect(result.yields).toBeGreaterThan(1);
  });

  test('names only in skipped elements of every kind, as the parser builds them, are found from the whole text', async () => {
    const page = await browser.newPage();
    const errors = trackErrors(page);
    // Each holds a name as the HTML parser builds it: raw text (script, style, noscript, iframe,
    // textarea), foreign content (svg, math), a template's content, options, an editor, a comment.
    const skipped = [
      '<script type="application/ld+json">{"name": "Accutane"}</script>',
      '<style>/* Roaccutane */</style>',
      '<noscript>Isotroin</noscript>',
      '<iframe>Claravis</iframe>',
      '<textarea>Absorica LD</textarea>',
      '<svg><text>Amnesteem</text><desc>Zenatane</desc></svg>',
      '<math><mi>Epuris</mi></math>',
      '<template><p>Oratane</p></template>',
      '<select><option>Myorisan</option></select>',
      '<div contenteditable="plaintext-only">Sotret</div>',
      '<!-- isotretinoin -->',
    ].join('\n<p>plain words between</p>\n');
    const onlySkipped = async (html: string) => {
      await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
      await page.addScriptTag({ content: bundle });
      return page.evaluate(() =>
        (
          window as unknown as { MedglanceDetection: { namesOnlyInSkipped(): boolean } }
        ).MedglanceDetection.namesOnlyInSkipped(),
      );
    };
    expect(await onlySkipped(`<main><h1>Title</h1>${skipped}<p>the end</p></main>`)).toBe(true);
    // The same script again and again is placed; a copy of it shown on the page is not taken for it.
    const script = '<script>window.note = "Accutane";</script>';
    expect(await onlySkipped(`<p>a</p>${script}<p>b</p>${script}<div>${script}</div>`)).toBe(true);
    expect(await onlySkipped(`${script}<pre>window.note = "Accutane";</pre>`)).toBe(false);
    // A name shown after them: not only in skipped elements.
    expect(
      await onlySkipped(`<main>${skipped}<section><p>I took <b>Roaccutane</b></p></section></main>`),
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
