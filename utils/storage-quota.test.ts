import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe as say, translator } from '../i18n/translate';
import { DEFAULT_SETTINGS, SETTING_LIMITS } from './settings-schema';
import { SettingsError } from './settings-validate';
import { getSettings, replaceSettings, resetSettings, updateSettings } from './storage';

// chrome.storage.sync refuses any item over QUOTA_BYTES_PER_ITEM (8,192 bytes: the key plus the value
// as JSON), and the fake browser does not, so the check before writing is what these tests see.
const QUOTA_BYTES_PER_ITEM = 8192;

beforeEach(() => {
  fakeBrowser.reset();
});

/** `n` hosts of a typical length (19 to 21 characters). */
const hosts = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `site-${from + i}.example.com`);
const bytesOf = (value: unknown) => new TextEncoder().encode(`settings${JSON.stringify(value)}`).length;
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

describe('the sync quota per item', () => {
  test('the budget keeps a safety margin below the browser’s quota', () => {
    expect(SETTING_LIMITS.syncBytes).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM - 256);
    // The list's own cap no longer promises more than fits: 400 typical hosts do not.
    expect(bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(400) })).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
  });

  test('a change that would pass it is refused with the numbers, and nothing is stored', async () => {
    const error = await updateSettings({ disabledSites: hosts(400) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    const { problem } = error as SettingsError;
    expect(problem).toMatchObject({
      key: 'problem.setting.tooBig',
      params: { sites: 400, max: SETTING_LIMITS.syncBytes },
    });
    expect(problem.params!.size).toBe(bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(400) }));
    expect(await stored()).toBeUndefined();
    expect(say(translator('en'), problem)).toBe(
      `Too many sites are switched off to sync (400 sites make the settings ${problem.params!.size} bytes; at most ${SETTING_LIMITS.syncBytes} can be synced). Remove some sites.`,
    );
    expect(say(translator('es'), problem)).toContain('Quite algunos sitios.');
  });

  test('the last site that fits is saved; the next is refused and the list stays as it was', async () => {
    let n = 0;
    while (bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(n + 1) }) <= SETTING_LIMITS.syncBytes) n++;
    expect(n).toBeGreaterThan(300);
    await updateSettings({ disabledSites: hosts(n) });
    await expect(
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, ...hosts(1, n)] })),
    ).rejects.toMatchObject({ problem: { key: 'problem.setting.tooBig' } });
    expect((await getSettings()).disabledSites).toEqual(hosts(n));
  });

  test('at the last site that fits, pausing and other choices are still saved (only more sites are refused)', async () => {
    let n = 0;
    while (bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(n + 1) }) <= SETTING_LIMITS.syncBytes) n++;
    // One more site whose name fills the budget to the byte (each entry costs its length + 3: quotes, comma).
    const room = SETTING_LIMITS.syncBytes - bytesOf({ ...DEFAULT_SETTINGS, disabledSites: hosts(n) });
    const sites = [...hosts(n), `${'a'.repeat(room - 3 - 4)}.com`];
    await updateSettings({ disabledSites: sites });
    expect(bytesOf(await stored())).toBe(SETTING_LIMITS.syncBytes);
    await updateSettings({ pausedUntil: Date.now() + 3_600_000, hoverDelayMs: 1000 });
    expect(await getSettings()).toMatchObject({ hoverDelayMs: 1000, disabledSites: sites });
    expect(bytesOf(await stored())).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
  });

  test('an import too big to sync is refused whole', async () => {
    await updateSettings({ theme: 'dark' });
    await expect(replaceSettings({ ...DEFAULT_SETTINGS, disabledSites: hosts(450) })).rejects.toMatchObject({
      problem: { key: 'problem.setting.tooBig' },
    });
    expect((await getSettings()).theme).toBe('dark');
  });

  test('over the budget already (written elsewhere), what does not grow is still saved', async () => {
    const big = { ...DEFAULT_SETTINGS, disabledSites: hosts(320), somethingNew: 'x'.repeat(300) };
    expect(bytesOf(big)).toBeGreaterThan(SETTING_LIMITS.syncBytes);
    expect(bytesOf(big)).toBeLessThan(QUOTA_BYTES_PER_ITEM);
    await fakeBrowser.storage.sync.set({ settings: big });
    await updateSettings((s) => ({ disabledSites: s.disabledSites.slice(1) })); // removing a site
    expect((await getSettings()).disabledSites).toHaveLength(319);
    await resetSettings();
    expect((await getSettings()).disabledSites).toEqual([]);
  });
});
