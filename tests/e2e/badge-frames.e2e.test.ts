import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { openFixture } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

describe('the badge survives frames that load again after the page did (contract 1)', () => {
  test('a nested ad frame and a frame inside a web component, refreshed three times', async () => {
    const page = await openFixture(s, '/badge-frames.html');
    await expect.poll(() => s.badgeText(page)).toBe('2');
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => (window as unknown as { refreshFrames(): void }).refreshFrames());
      await new Promise((r) => setTimeout(r, 700));
    }
    // Past every frame's load and the page's re-report (500 ms after a load it hears of).
    await new Promise((r) => setTimeout(r, 1500));
    expect(await s.badgeText(page)).toBe('2');
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
