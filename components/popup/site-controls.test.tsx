import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '../../i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { getSettings } from '../../utils/storage';
import { TranslatorContext } from '../shared/use-translator';
import { SiteControls } from './SiteControls';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;
const siteSwitch = () => root().querySelector<HTMLInputElement>('input[role="switch"]')!;
const alertText = () => root().querySelector('[role="alert"]')?.textContent ?? '';

const show = (host: string, locale: 'en' | 'es' = 'en', settings: Settings = DEFAULT_SETTINGS) =>
  render(
    <TranslatorContext.Provider value={translator(locale)}>
      <SiteControls host={host} state="active" settings={settings} />
    </TranslatorContext.Provider>,
    root(),
  );

test('"On this site" on an intranet host (http://wiki/) is saved', async () => {
  show('wiki');
  siteSwitch().click();
  await expect.poll(async () => (await getSettings()).disabledSites).toEqual(['wiki']);
  expect(alertText()).toBe('');
});

test('a save the browser refuses is said in the reader’s language, and the switch shows what is stored', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
    new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
  );
  show('example.com');
  siteSwitch().click();
  await expect
    .poll(alertText)
    .toBe('Not saved: The browser could not save the settings (QUOTA_BYTES_PER_ITEM quota exceeded).');
  expect(siteSwitch().checked).toBe(true);

  show('example.com', 'es');
  root().querySelector<HTMLButtonElement>('button')!.click(); // Pause for 1 hour
  await expect
    .poll(alertText)
    .toBe(
      'Sin guardar: El navegador no pudo guardar la configuración (QUOTA_BYTES_PER_ITEM quota exceeded).',
    );
});
