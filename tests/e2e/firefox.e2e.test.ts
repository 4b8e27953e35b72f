import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readDetectionReport, reportProblems } from './detection-expect';

// Firefox smoke test: the Firefox (MV3) build installs in the system Firefox ESR through WebDriver BiDi
// (puppeteer-core `installExtension`, a temporary add-on) and its content script marks mentions.
// Firefox ESR 140+ has the CSS Custom Highlight API, so the same observable as the Chromium smoke test applies.

const root = resolve(import.meta.dirname, '../..');
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p): p is string => !!p && existsSync(p),
);
if (!firefoxPath) {
  // Visible in the run output; .ci/run installs firefox-esr so CI never takes this branch.
  console.warn('SKIPPED Firefox smoke test: firefox-esr not found (sudo apt-get install -y firefox-esr)');
}

describe.skipIf(!firefoxPath)('the built extension in Firefox ESR', () => {
  let outDir = '';
  let browser: Browser | undefined;
  let server: FixtureServer;

  beforeAll(async () => {
    // A private build folder, like global-setup does for Chrome, so a parallel `npm run build:firefox` never
    // swaps files under the running browser.
    outDir = mkdtempSync(join(root, '.output', 'e2e-firefox-'));
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: root,
      env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await startFixtureServer();
    browser = await launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    await browser.installExtension(join(outDir, 'firefox-mv3'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('marks every mention on a page and nothing else', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('/smoke.html'));
    const expected = Number(await page.$eval('body', (b) => b.dataset.expectedCount));
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('medglance-mention')?.size ?? 0), {
        timeout: 15_000,
      })
      .toBe(expected);
    const marked = await page.evaluate(() =>
      // Highlights may hold StaticRange objects (no toString), so read the text through a live Range.
      [...(CSS.highlights.get('medglance-mention') ?? [])]
        .map((a) => {
          const r = new Range();
          r.setStart(a.startContainer, a.startOffset);
          r.setEnd(a.endContainer, a.endOffset);
          return r.toString();
        })
        .toSorted(),
    );
    const wanted = await page.$$eval('[data-expect="match"]', (els) =>
      els.map((e) => e.textContent ?? '').toSorted(),
    );
    expect(marked).toEqual(wanted);
    expect(errors).toEqual([]);
  });

  test('detection fixtures: every name form, no look-alike or excluded context, open shadow roots', async () => {
    for (const path of ['/detection-basic.html', '/detection-shadow.html']) {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url(path));
      await expect
        .poll(async () => reportProblems(await page.evaluate(readDetectionReport)), { timeout: 15_000 })
        .toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
