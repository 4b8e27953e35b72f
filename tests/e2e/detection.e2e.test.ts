import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MENTION_HIGHLIGHT } from './extension-constants';
import { launchExtension, type ExtensionSession } from './harness';
import { detectionReport, integrity } from './detection-expect';
import { highlightCount } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const POLL = { timeout: 5_000, interval: 50 };

describe('detection in Chromium', () => {
  test('finds every name form, skips look-alikes and excluded contexts, and leaves the page untouched', async () => {
    const page = await s.newPage('/detection-basic.html');
    await expect.poll(() => detectionReport(page), POLL).toMatchObject({ count: 16, problems: [] });
    expect((await detectionReport(page)).expected).toBe(16);
    await expect.poll(() => s.badgeText(page), POLL).toBe('16');
    expect(await integrity(page)).toEqual({ changedTexts: [], foreignMutations: [] });
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('highlights inside open shadow roots and styles them there', async () => {
    const page = await s.newPage('/detection-shadow.html');
    await expect.poll(() => detectionReport(page), POLL).toMatchObject({ count: 7, problems: [] });
    await expect.poll(() => s.badgeText(page), POLL).toBe('7');
    const styled = await page.evaluate((name) => {
      const root = document.getElementById('host')!.shadowRoot!;
      return root.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((r) => r.cssText.includes(`::highlight(${name})`)),
      );
    }, MENTION_HIGHLIGHT);
    expect(styled).toBe(true);
    expect(await integrity(page)).toEqual({ changedTexts: [], foreignMutations: [] });
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('finds text a component renders into its shadow root later, with or without a mention before', async () => {
    const page = await s.newPage('/shadow-later.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightCount(page)).toBe(0);
    // Nothing on the page named a medicine: only the fast path was watching.
    await page.evaluate(() => {
      document.getElementById('host')!.shadowRoot!.getElementById('body')!.textContent =
        'My dermatologist suggested Accutane.';
    });
    await expect.poll(() => highlightCount(page), POLL).toBe(1);
    // Now detection runs: a second component arrives empty, and its text comes later still.
    await page.evaluate(() => {
      const host = document.createElement('article-view');
      host.id = 'second';
      host.attachShadow({ mode: 'open' }).innerHTML = '<p id="body">Loading…</p>';
      document.body.append(host);
    });
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => {
      document.getElementById('second')!.shadowRoot!.getElementById('body')!.textContent =
        'A reader asks about Roaccutane.';
    });
    await expect.poll(() => highlightCount(page), POLL).toBe(2);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('names the page shows apart (flex gap, grid, margin, padding) are whole words, glued ones are not', async () => {
    const page = await s.newPage('/detection-adjacent.html');
    await expect.poll(() => detectionReport(page), POLL).toMatchObject({ count: 11, problems: [] });
    expect(await integrity(page)).toEqual({ changedTexts: [], foreignMutations: [] });
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('highlights in same- and cross-origin frames; the badge counts the top page only', async () => {
    const page = await s.newPage('/detection-frames.html');
    await expect.poll(() => detectionReport(page), POLL).toMatchObject({ count: 1, problems: [] });
    await expect.poll(() => page.frames().length, POLL).toBe(3);
    const children = page.frames().filter((f) => f !== page.mainFrame());
    expect(new Set(children.map((f) => new URL(f.url()).hostname)).size).toBe(2);
    for (const frame of children) {
      await expect.poll(() => detectionReport(frame), POLL).toMatchObject({ count: 2, problems: [] });
      expect(await integrity(frame)).toEqual({ changedTexts: [], foreignMutations: [] });
    }
    await expect.poll(() => s.badgeText(page), POLL).toBe('1');
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('keeps up with added, edited, removed and streamed content and SPA route changes', async () => {
    const page = await s.newPage('/detection-dynamic.html');
    const report = () => detectionReport(page);
    await expect.poll(report, POLL).toMatchObject({ count: 1, problems: [] });
    await expect.poll(() => s.badgeText(page), POLL).toBe('1');

    await page.evaluate(() => (window as never as { addLater(): void }).addLater());
    await expect.poll(report, POLL).toMatchObject({ count: 2, problems: [] });
    await expect.poll(() => s.badgeText(page), POLL).toBe('2');

    await page.evaluate(() => (window as never as { editText(): void }).editText());
    await expect.poll(report, POLL).toMatchObject({ count: 3 });
    await page.evaluate(() => (window as never as { removeFirst(): void }).removeFirst());
    await expect.poll(report, POLL).toMatchObject({ count: 2 });

    await page.evaluate(() => (window as never as { appendMany(n: number): Promise<void> }).appendMany(3000));
    await expect.poll(report, POLL).toMatchObject({ count: 2 + 30, problems: [] });
    await expect.poll(() => s.badgeText(page), POLL).toBe('32');

    await page.evaluate(() => (window as never as { route(p: string): void }).route('/spa/next'));
    await expect.poll(report, POLL).toMatchObject({ count: 2, problems: [] });
    await expect.poll(() => s.badgeText(page), POLL).toBe('2');
    // Stays correct after the background's same-document navigation handling has run.
    await page.waitForTimeout(1_000);
    expect(await s.badgeText(page)).toBe('2');
    // The page changed its own text; nothing else did.
    expect((await integrity(page)).foreignMutations).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
