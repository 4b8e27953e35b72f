import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtension, runOutputDir } from '../support/build-extension';
import { cardTitle, dialog, hoverOpen } from './card-helpers';
import { detectionReport, reportProblems } from './detection-expect';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture } from './page-helpers';

// A build whose two registry files are the test registries (scripts/test-registry-plugin.ts): the real
// medications plus the made-up "fixturol". Nothing else differs, so whatever works here for fixturol
// works for any medication added to the registry.
const outDir = runOutputDir('registry-');
let s: ExtensionSession;
beforeAll(async () => {
  const extensionDir = buildExtension(outDir, 'chrome', { MEDGLANCE_TEST_REGISTRY: '1' });
  s = await launchExtension({ extensionDir });
});
afterAll(async () => {
  await s?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a second medication, added through the registry only', () => {
  test('its names are marked beside isotretinoin, and each card shows its own medication', async () => {
    const page = await openFixture(s, '/registry-fixture.html');
    expect(reportProblems(await detectionReport(page))).toEqual([]);
    await hoverOpen(page, '#testamab');
    expect(await cardTitle(page)).toBe('Testamab');
    expect(await dialog(page).textContent()).toContain('Fixturol is a test fixture, not a real medicine.');
    expect(await dialog(page).textContent()).toContain('brand of fixturol');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await hoverOpen(page, '#iso');
    await expect.poll(() => cardTitle(page)).toBe('isotretinoin');
    expect(await dialog(page).locator('.mg-boxed').count()).toBe(1); // isotretinoin's pregnancy box
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('the popup shows the card of every medication on the page', async () => {
    const page = await openFixture(s, '/registry-fixture.html');
    const popup = await s.openPopup(page);
    await expect.poll(() => popup.getByRole('heading', { name: '3 mentions on this page' }).count()).toBe(1);
    const titles = popup.locator('.popup-card > .mg-title');
    await expect.poll(() => titles.allTextContents()).toEqual(['fixturol', 'isotretinoin']);
  });

  test('name groups switch per medication: Testamab off leaves fixturol and isotretinoin marked', async () => {
    const options = await s.openOptions();
    const fixturolNames = options.getByRole('group', { name: 'Names of fixturol' });
    await fixturolNames.getByLabel('Brand names').uncheck();
    await expect.poll(() => fixturolNames.getByLabel('Brand names').isChecked()).toBe(false);
    // The page declares 3 with every group on; with fixturol's brands off, 2 remain.
    const page = await s.newPage('/registry-fixture.html');
    await expect.poll(() => highlightCount(page)).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(await highlightCount(page)).toBe(2);
    expect(
      await options
        .getByRole('group', { name: 'Names of isotretinoin' })
        .getByLabel('Brand names')
        .isChecked(),
    ).toBe(true);
  });
});
