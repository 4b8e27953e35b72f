import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTING_LIMITS } from '../../utils/settings-schema';
import { settingsToFile } from '../../utils/settings-file';
import { getSettings, updateSettings } from '../../utils/storage';
import { OptionsPage } from './OptionsPage';

// What the options page says when a change cannot be saved: always in the reader's language, never the
// browser's raw English, never nothing.

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;
const alerts = () => [...root().querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? '').join('|');
const hosts = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `site-${from + i}.example.com`);
const bytesOf = (value: unknown) => new TextEncoder().encode(`settings${JSON.stringify(value)}`).length;
const refuseWrites = () =>
  vi
    .spyOn(fakeBrowser.storage.sync, 'set')
    .mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));

const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name)!;

async function openPage(): Promise<void> {
  render(<OptionsPage />, root());
  await expect.poll(() => root().querySelector('h1')).toBeTruthy();
}

async function addSite(site: string): Promise<void> {
  const input = root().querySelector<HTMLInputElement>('.site-form input')!;
  input.value = site;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((done) => setTimeout(done)); // Preact renders the typed text
  root()
    .querySelector('.site-form')!
    .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

function chooseFile(name: string, text: string): void {
  const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

test('a site past the sync quota is refused where it was typed, with the numbers', async () => {
  let n = 0;
  while (bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(n + 1) }) <= SETTING_LIMITS.syncBytes) n++;
  await updateSettings({ disabledSites: hosts(n) });
  await openPage();
  await addSite('one-more.example.com');
  await expect
    .poll(alerts)
    .toContain(`Too many sites are switched off to sync (${n + 1} sites make the settings`);
  expect(alerts()).toContain(`at most ${SETTING_LIMITS.syncBytes} can be synced). Remove some sites.`);
  expect(root().textContent).not.toContain('Added one-more.example.com');
  expect(root().querySelector<HTMLInputElement>('.site-form input')!.value).toBe('one-more.example.com');
  expect((await getSettings()).disabledSites).toHaveLength(n);
});

test('a save the browser refuses is said in the reader’s language, its message as the detail', async () => {
  await updateSettings({ language: 'es' });
  await openPage();
  refuseWrites();
  const badge = root().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!;
  badge.click();
  await expect
    .poll(alerts)
    .toContain(
      'Sin guardar: El navegador no pudo guardar la configuración (QUOTA_BYTES_PER_ITEM quota exceeded).',
    );
});

test('an import too big to sync says so, and changes nothing', async () => {
  await updateSettings({ theme: 'dark' });
  await openPage();
  chooseFile('many.json', settingsToFile({ ...DEFAULT_SETTINGS, disabledSites: hosts(450) }));
  await expect.poll(alerts).toContain('Could not import many.json. Nothing was changed.');
  expect(alerts()).toContain('Too many sites are switched off to sync (450 sites');
  expect((await getSettings()).theme).toBe('dark');
});

test('an import or reset the browser refuses says so instead of failing silently', async () => {
  await openPage();
  refuseWrites();
  chooseFile('ok.json', settingsToFile({ ...DEFAULT_SETTINGS, theme: 'light' }));
  await expect.poll(alerts).toContain('Could not import ok.json. Nothing was changed.');
  expect(alerts()).toContain(
    'The browser could not save the settings (QUOTA_BYTES_PER_ITEM quota exceeded).',
  );

  button('Reset to defaults…').click();
  await expect.poll(() => button('Reset all settings')).toBeTruthy();
  button('Reset all settings').click();
  await expect
    .poll(alerts)
    .toContain('Not saved: The browser could not save the settings (QUOTA_BYTES_PER_ITEM quota exceeded).');
});
