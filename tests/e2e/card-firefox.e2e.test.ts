import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';

// The hover card in Firefox ESR (MV3 build installed through WebDriver BiDi, as in firefox.e2e.test.ts):
// hovering a mention opens the dialog named after it, pregnancy warning first; Escape closes it.

const root = resolve(import.meta.dirname, '../..');
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p): p is string => !!p && existsSync(p),
);
if (!firefoxPath) console.warn('SKIPPED Firefox card test: firefox-esr not found');

describe.skipIf(!firefoxPath)('hover card in Firefox ESR', () => {
  let outDir = '';
  let browser: Browser | undefined;
  let server: FixtureServer;

  beforeAll(async () => {
    outDir = mkdtempSync(join(root, '.output', 'e2e-firefox-card-'));
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

  test('hover opens the named dialog with the pregnancy box first; Escape closes it', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url('/card-hover.html'));
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('medglance-mention')?.size ?? 0), {
        timeout: 15_000,
      })
      .toBe(4);
    const box = (await (await page.$('#m1'))!.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    const card = () =>
      page.evaluate(() => {
        const dialog = document.querySelector('medglance-card')?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        const r = dialog.getBoundingClientRect();
        return {
          title: dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent,
          firstSection: dialog.querySelector('.mg-section')?.className,
          visible: r.width > 200 && r.height > 100 && r.top >= 0 && r.bottom <= innerHeight,
        };
      });
    await expect.poll(async () => (await card())?.title, { timeout: 5000 }).toBe('Accutane');
    const open = (await card())!;
    expect(open.firstSection).toContain('mg-boxed');
    expect(open.visible).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => await card()).toBeNull();
    expect(errors).toEqual([]);
  });
});
