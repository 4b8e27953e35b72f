import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SETTINGS_VERSION } from './extension-constants';
import type { Page } from 'playwright-core';
import { highlightCount, openFixture } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { axeViolations, storedSettings, writeSettings } from './settings-helpers';

let s: ExtensionSession;
let options: Page;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const p of s.context.pages()) await p.close();
  await writeSettings(s, {});
  options = await s.openOptions();
  await options.getByLabel('Highlight mentions on web pages').waitFor();
});

const importText = (name: string, text: string) =>
  options
    .getByLabel('Import settings…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const file = (settings: object) =>
  JSON.stringify({ medglance: 'settings', version: SETTINGS_VERSION, settings });

describe('options page', () => {
  test('every setting has a label and help; axe finds no violations in light and dark', async () => {
    for (const label of [
      'Highlight mentions on web pages',
      'Brand names',
      'Highlight style',
      'Hover delay',
      'Theme',
    ]) {
      const control = options.getByLabel(label, { exact: false }).first();
      expect(await control.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(await axeViolations(options)).toEqual([]);
    await options.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(options)).toEqual([]);
    expect(s.consoleErrors(options)).toEqual([]);
  });

  test('disabled sites: valid patterns are added (a pasted URL becomes its host), bad input is refused inline', async () => {
    const input = options.getByLabel('Add a site');
    await input.fill('exa mple.com');
    await input.press('Enter');
    await expect.poll(() => options.getByRole('alert').filter({ hasText: 'space' }).count()).toBe(1);
    expect(await storedSettings(s)).toEqual({});
    await expect.poll(async () => input.getAttribute('aria-invalid')).toBe('true');

    await input.fill('https://www.Example.com/forum/page?x=1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByText('Saved the site only: www.example.com').count()).toBe(1);
    await input.fill('*.127.0.0.1');
    await input.press('Enter');
    await expect.poll(() => options.getByText('not an IP address').count()).toBe(1);
    await input.fill('*.forum.org');
    await input.press('Enter');
    await expect
      .poll(async () => (await storedSettings(s)).disabledSites)
      .toEqual(['www.example.com', '*.forum.org']);

    await options.getByRole('button', { name: 'Remove www.example.com' }).click();
    await expect.poll(async () => (await storedSettings(s)).disabledSites).toEqual(['*.forum.org']);
    expect(
      await options.getByRole('list', { name: 'Sites where highlighting is off' }).innerText(),
    ).toContain('*.forum.org');
  });

  test('a site added on the options page loses its highlights at once', async () => {
    const page = await openFixture(s, '/settings-page.html');
    await options.bringToFront();
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByLabel('Add a site').press('Enter');
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => s.badgeText(page)).toBe('');
  });

  test.each([
    ['malformed JSON', '{ "medglance": "settings", ', 'Not valid JSON'],
    ['not a settings file', '{"hello": 1}', 'Not a MedGlance settings file'],
    ['unknown key', file({ theme: 'dark', foo: 1 }), "Unknown setting 'foo'"],
    ['wrong type', file({ theme: 'dark', enabled: 'yes' }), "'enabled' must be true or false"],
    [
      'out of range',
      file({ theme: 'dark', hoverDelayMs: 99999 }),
      "'hoverDelayMs' must be a number between 0 and 2000",
    ],
    [
      'bad site',
      file({ theme: 'dark', disabledSites: ['not a site'] }),
      "'disabledSites' entry 1 is not a valid site",
    ],
  ])('import of a file with %s shows its error and changes nothing', async (_kind, text, message) => {
    await options.getByLabel('Brand names').uncheck();
    await expect
      .poll(async () => (await storedSettings(s)).nameGroups)
      .toMatchObject({ isotretinoin: { brands: false } });
    const before = await storedSettings(s);
    await importText('bad.json', text);
    const alert = options
      .getByRole('alert')
      .filter({ hasText: 'Could not import bad.json. Nothing was changed.' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toContain(message);
    expect(await storedSettings(s)).toEqual(before);
    expect(await options.getByLabel('Theme').inputValue()).toBe('auto');
  });

  test('export → import round-trips; reset asks first, then restores defaults', async () => {
    await options.getByLabel('Highlight style').selectOption('both');
    await options.getByLabel('Add a site').fill('example.com');
    await options.getByLabel('Add a site').press('Enter');
    await options.getByLabel('Region for pregnancy-prevention rules').selectOption('UK');
    await expect.poll(async () => (await storedSettings(s)).region).toBe('UK');
    const exported = await storedSettings(s);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('medglance-settings.json');
    const text = readFileSync((await download.path())!, 'utf8');

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    const confirm = options.getByRole('button', { name: 'Reset all settings' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect((await storedSettings(s)).region).toBe('UK');
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await confirm.click();
    await expect.poll(async () => (await storedSettings(s)).region).toBe('auto');
    expect((await storedSettings(s)).disabledSites).toEqual([]);
    expect(await options.getByLabel('Highlight style').inputValue()).toBe('background');

    await importText('medglance-settings.json', text);
    await expect
      .poll(() => options.getByText('Imported settings from medglance-settings.json.').count())
      .toBe(1);
    expect(await storedSettings(s)).toEqual(exported);
    expect(await options.getByLabel('Highlight style').inputValue()).toBe('both');
  });

  test('garbage in storage reads as defaults, setting by setting; pages keep working', async () => {
    await writeSettings(s, { theme: 'dark', hoverDelayMs: 'slow', disabledSites: 42, bogus: true });
    await options.reload();
    await expect.poll(() => options.getByLabel('Theme').inputValue()).toBe('dark');
    expect(await options.getByLabel(/Hover delay/).inputValue()).toBe('300');
    expect(await options.getByText('No sites are turned off.').count()).toBe(1);
    const page = await openFixture(s, '/settings-page.html');
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('hover delay out of range is refused inline and not saved', async () => {
    const delay = options.getByLabel(/Hover delay/);
    await delay.fill('5000');
    await delay.press('Enter');
    await expect.poll(() => options.getByText('Enter a whole number from 0 to 2000.').count()).toBe(1);
    expect((await storedSettings(s)).hoverDelayMs).toBeUndefined();
    await delay.fill('450');
    await delay.press('Enter');
    await expect.poll(async () => (await storedSettings(s)).hoverDelayMs).toBe(450);
  });
});
