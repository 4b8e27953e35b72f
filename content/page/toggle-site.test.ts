import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from '../../utils/storage';
import { toggleSite } from './toggle-site';

beforeEach(() => fakeBrowser.reset());

test('toggleSite switches a host off, then on again, removing a covering wildcard', async () => {
  expect(await toggleSite('www.example.com')).toBe(false);
  expect((await getSettings()).disabledSites).toEqual(['example.com']);
  expect(await toggleSite('www.example.com')).toBe(true);
  expect((await getSettings()).disabledSites).toEqual([]);
  await updateSettings({ disabledSites: ['*.example.com', 'other.org'] });
  expect(await toggleSite('forum.example.com')).toBe(true);
  expect((await getSettings()).disabledSites).toEqual(['other.org']);
});

test('the shortcut pressed twice quickly toggles twice: off, then on again', async () => {
  await updateSettings({ disabledSites: ['other.org'] });
  const [first, second] = await Promise.all([toggleSite('example.com'), toggleSite('example.com')]);
  expect([first, second]).toEqual([false, true]);
  expect((await getSettings()).disabledSites).toEqual(['other.org']);
});

test('single-label (intranet) hosts switch off and on too: http://wiki/, http://localhost/', async () => {
  for (const host of ['wiki', 'localhost']) {
    expect(await toggleSite(host)).toBe(false);
    expect((await getSettings()).disabledSites).toEqual([host]);
    expect(await toggleSite(host)).toBe(true);
    expect((await getSettings()).disabledSites).toEqual([]);
  }
});
