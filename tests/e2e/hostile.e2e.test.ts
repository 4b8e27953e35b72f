import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MENTION_HIGHLIGHT } from './extension-constants';
import { launchExtension, trackErrors, type ExtensionSession } from './harness';

/**
 * Hostile and broken input. Each case must end with: the page working (its own button still responds),
 * MedGlance either working (exactly the expected mentions) or cleanly off on that page with a
 * "[MedGlance]" note in the console, and never an uncaught error or console error in the page.
 * Big DOMs are generated in the page by the fixture itself, so the suite stays fast.
 */
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

interface Opened {
  page: Page;
  /** Uncaught errors and console.error messages (harness). */
  errors: string[];
  /** Console messages carrying MedGlance's prefix. */
  notes: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await s.context.newPage();
  const errors = trackErrors(page);
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('[MedGlance]')) notes.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(s.server.url(path), { timeout: 30_000 });
  return { page, errors, notes };
}

/** Mentions highlighted in the page, read through the page's saved built-ins when it replaced them. */
const highlighted = (page: Page) =>
  page.evaluate((name) => {
    const css = (window as unknown as { realBuiltins?: { CSS: typeof CSS } }).realBuiltins?.CSS ?? CSS;
    return css.highlights.get(name)?.size ?? 0;
  }, MENTION_HIGHLIGHT);

/** Polls `check` until true or `timeoutMs` passes; returns the last result. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

/** Working with exactly `expected` mentions, or cleanly off with a note; then the page still works. */
async function expectSurvived({ page, errors, notes }: Opened, expected: number): Promise<void> {
  const working = await eventually(async () => (await highlighted(page)) === expected, 20_000);
  if (working) {
    await expect.poll(() => s.badgeText(page)).toBe(String(expected));
  } else {
    // Cleanly off on this page: said so in the console, and no half-done highlight left behind.
    expect(notes, 'MedGlance gave up without a [MedGlance] note').not.toEqual([]);
    expect(await highlighted(page)).toBe(0);
  }
  await page.click('#ping');
  await expect.poll(() => page.locator('#pong').textContent()).toBe('1');
  expect(errors).toEqual([]);
}

describe('huge and deep pages', () => {
  test('one 10 MB text node', async () => {
    await expectSurvived(await open('/hostile-huge-text.html'), 3);
  });

  test('100,000 tiny nodes, names split across inline elements', async () => {
    await expectSurvived(await open('/hostile-many-nodes.html'), 100);
  });

  test('5,000 levels of nesting', async () => {
    await expectSurvived(await open('/hostile-deep.html'), 2);
  });
});

describe('pages that fight back', () => {
  test('a page that replaces DOM, Array, String, RegExp, JSON built-ins and removes CSS/Highlight', async () => {
    await expectSurvived(await open('/hostile-prototypes.html'), 2);
  });

  test('frames that navigate while being scanned', async () => {
    const opened = await open('/hostile-frames.html');
    const { page } = opened;
    // Every frame that finishes its last navigation shows the final page's two names, marked by that frame's
    // own session; the same-origin frames (in the page's process) always finish. Cross-origin frames each
    // need a new renderer: on a busy 2-core machine Chromium sometimes had not finished their last
    // navigation after 30 s (no load event at all), so they are checked only when they report.
    const counts = () =>
      page.evaluate(() => (window as unknown as { frameCounts: Record<string, number> }).frameCounts);
    await eventually(async () => Object.keys(await counts()).length === 4, 30_000);
    await expect
      .poll(async () => {
        const c = await counts();
        return c[0] === 2 && c[2] === 2 && Object.values(c).every((n) => n === 2) ? 'all marked' : c;
      })
      .toBe('all marked');
    // The badge counts the top page only (contract 1).
    await expectSurvived(opened, 1);
  });
});

describe('broken settings storage', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['not an object', { settings: 'garbage' }],
    [
      'wrong types everywhere',
      {
        settings: {
          enabled: 'yes',
          disabledSites: [1, {}, null, 'x'.repeat(2_000)],
          nameGroups: 7,
          hoverDelayMs: -5,
          highlightColor: 'url(javascript:alert(1))',
          textSize: Number.MAX_VALUE,
          theme: { dark: true },
        },
      },
    ],
    ['a future version', { settings: { enabled: true, somethingNew: [1, 2, 3] }, settings$: { v: 99 } }],
  ];

  test.each(cases)('%s: pages, popup and options keep working', async (_, stored) => {
    await s.evalInWorker(async (items) => {
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set(items);
    }, stored);
    const opened = await open('/hostile-settings.html');
    await expectSurvived(opened, 2);
    const popup = await s.openPopup(opened.page);
    await expect.poll(() => popup.locator('body').innerText()).toMatch(/\w/);
    const options = await s.context.newPage();
    const optionsErrors = trackErrors(options);
    const extensionNotes: string[] = [];
    options.on('console', (m) => extensionNotes.push(m.text()));
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Highlight mentions on web pages').count()).toBe(1);
    // Repaired or ignored, and said so in the extension's own console (here: the options page's);
    // web pages' consoles stay quiet (checked in expectSurvived).
    await expect
      .poll(() => extensionNotes.filter((t) => /MedGlance|wxt-dev\/storage/.test(t)).length)
      .toBeGreaterThan(0);
    // Extension pages may say so loudly (their console is the extension's own); they must not crash.
    for (const errors of [s.consoleErrors(popup), optionsErrors])
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    for (const p of [opened.page, popup, options]) await p.close();
    await s.evalInWorker(() => chrome.storage.sync.clear(), null);
  });
});
