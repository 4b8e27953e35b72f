import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings-schema';
import { migrateSettings, settingsMigrations, SETTINGS_VERSION } from './settings-migrations';
import { settingsItem } from './settings-item';
import { getSettings, replaceSettings, resetSettings, updateSettings, watchSettings } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;

// Before/after data: what v1 stored (sites as typed) and what v2 must hold.
const v1 = {
  enabled: false,
  disabledSites: ['https://www.Example.com/forum/1', 'example.org', 'bücher.de', 'not a site', 'example.org'],
  hoverDelayMs: 500,
};
const v2 = {
  enabled: false,
  disabledSites: ['www.example.com', 'example.org', 'xn--bcher-kva.de'],
  hoverDelayMs: 500,
};

describe('migrations', () => {
  test('v1 → v2 normalises disabled sites and keeps everything else', () => {
    expect(settingsMigrations[2]!(v1)).toEqual(v2);
    expect(migrateSettings(v1, 1)).toEqual(v2);
    expect(migrateSettings(v2, 2)).toEqual(v2);
  });

  test('v2 → v3 makes the one set of name groups isotretinoin’s', () => {
    expect(SETTINGS_VERSION).toBe(3);
    const before = { enabled: true, nameGroups: { brands: false, misspellings: true } };
    const after = { enabled: true, nameGroups: { isotretinoin: { brands: false, misspellings: true } } };
    expect(settingsMigrations[3]!(before)).toEqual(after);
    expect(settingsMigrations[3]!(after)).toEqual(after);
    expect(migrateSettings(v1, 1)).toEqual(v2); // no name groups: nothing to move
  });

  test('odd data passes through untouched for the validator to repair', () => {
    expect(settingsMigrations[2]!('garbage')).toBe('garbage');
    expect(settingsMigrations[2]!({ disabledSites: 'x' })).toEqual({ disabledSites: 'x' });
  });

  test('v1 data already in storage (no version meta) is migrated on first read', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: v2,
      settings$: { v: SETTINGS_VERSION },
    });
    const s = await getSettings();
    expect(s.disabledSites).toEqual(v2.disabledSites);
    expect(s.enabled).toBe(false);
    expect(s.theme).toBe(DEFAULT_SETTINGS.theme);
  });
});

const meta = async () => (await fakeBrowser.storage.sync.get('settings$')).settings$;

describe('the recorded version (@wxt-dev/storage metadata, `settings$`)', () => {
  test('a fresh install records the version on its first write, so migrations never run again', async () => {
    await settingsItem.migrate(); // the background's start on a fresh install: nothing stored yet
    await updateSettings({ theme: 'dark' });
    expect(await meta()).toEqual({ v: SETTINGS_VERSION });
    // The next background start: the data is already current, so no migration runs over it.
    const migrations = [vi.spyOn(settingsMigrations, 2), vi.spyOn(settingsMigrations, 3)];
    await settingsItem.migrate();
    for (const migration of migrations) expect(migration).not.toHaveBeenCalled();
    expect(await meta()).toEqual({ v: SETTINGS_VERSION });
    expect(await stored()).toMatchObject({ theme: 'dark' });
  });

  test('imports and resets record it too', async () => {
    await replaceSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(await meta()).toEqual({ v: SETTINGS_VERSION });
    await fakeBrowser.storage.sync.clear();
    await resetSettings();
    expect(await meta()).toEqual({ v: SETTINGS_VERSION });
  });

  test('older data is migrated before a write marks it current', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...v1, nameGroups: { brands: false } } });
    await updateSettings({ theme: 'dark' });
    expect(await meta()).toEqual({ v: SETTINGS_VERSION });
    expect(await stored()).toMatchObject({
      ...v2,
      nameGroups: { isotretinoin: { brands: false } },
      theme: 'dark',
    });
  });

  test('a newer version’s number (and other metadata) is never lowered', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true }, settings$: { v: 99, other: 'x' } });
    await updateSettings({ enabled: false });
    expect(await meta()).toEqual({ v: 99, other: 'x' });
  });
});

describe('values this version does not know survive writes (a newer MedGlance on another device)', () => {
  test('a new value of a known setting is read as its default but written back as stored', async () => {
    // Device A (newer) picked French and settings this version has no value for; device B pauses.
    const fromNewer = { language: 'fr', region: 'CA', trigger: 'long-press', hoverDelayMs: 4000 };
    await fakeBrowser.storage.sync.set({ settings: fromNewer, settings$: { v: SETTINGS_VERSION } });
    expect(await getSettings()).toMatchObject({ language: 'auto', region: 'auto', trigger: 'hover' });
    await updateSettings({ pausedUntil: 1234 });
    expect(await stored()).toMatchObject({ ...fromNewer, pausedUntil: 1234 });
    await replaceSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(await stored()).toMatchObject({ language: 'auto', theme: 'light' }); // an import sets them all
  });

  test('unknown name groups and medications survive, even when that medication’s groups change', async () => {
    const nameGroups = {
      isotretinoin: { brands: true, nicknames: false },
      newmed: { brands: false, other: true },
    };
    await fakeBrowser.storage.sync.set({ settings: { nameGroups }, settings$: { v: SETTINGS_VERSION } });
    await updateSettings({ theme: 'dark' });
    expect((await stored()).nameGroups).toEqual(nameGroups);
    // The options page's "Brand names" box for isotretinoin.
    await updateSettings((s) => ({
      nameGroups: { isotretinoin: { ...s.nameGroups.isotretinoin!, brands: false } },
    }));
    expect((await stored()).nameGroups).toEqual({
      isotretinoin: { brands: false, international: true, misspellings: true, nicknames: false },
      newmed: nameGroups.newmed,
    });
    // A change to another medication's names leaves isotretinoin's choices as they are.
    const after = await updateSettings({
      nameGroups: { newmed: { brands: true, international: true, misspellings: true } },
    });
    expect((await stored()).nameGroups).toMatchObject({ isotretinoin: { brands: false, nicknames: false } });
    expect(after.nameGroups.isotretinoin).toMatchObject({ brands: false });
    expect((await getSettings()).nameGroups.isotretinoin).toEqual({
      brands: false,
      international: true,
      misspellings: true,
    });
  });

  test('a current list with an entry this version rejects is kept whole: never [] or fewer sites', async () => {
    const disabledSites = ['a.com', 'example.com/forum/*', 'b.org'];
    await fakeBrowser.storage.sync.set({ settings: { disabledSites }, settings$: { v: SETTINGS_VERSION } });
    expect((await getSettings()).disabledSites).toEqual(['a.com', 'b.org']);
    await updateSettings({ theme: 'dark' });
    expect((await stored()).disabledSites).toEqual(disabledSites);
    // Switching a site off writes the list as this version reads it, plus the change.
    await updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'c.net'] }));
    expect((await stored()).disabledSites).toEqual(['a.com', 'b.org', 'c.net']);
  });
});

describe('reading, writing, watching', () => {
  test('empty storage reads as the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('garbage in storage reads as defaults key by key, with a console note', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 'slow', theme: 'dark', bogus: 1 } });
    // A content script (web page origin) stays quiet: its console is the page's.
    const s = await getSettings();
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(s.theme).toBe('dark');
    expect(warn).not.toHaveBeenCalled();
    // The options page, popup or background note it in the extension's console.
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    await getSettings();
    vi.unstubAllGlobals();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('MedGlance'),
      expect.stringContaining('hoverDelayMs'),
    );
  });

  test('one bad disabled-sites entry drops that entry only, and the next write keeps the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['a.com', 42, 'bad site', 'b.org'] } });
    expect((await getSettings()).disabledSites).toEqual(['a.com', 'b.org']);
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    await getSettings();
    vi.unstubAllGlobals();
    await updateSettings({ theme: 'dark' });
    expect(await stored()).toMatchObject({ disabledSites: ['a.com', 'b.org'], theme: 'dark' });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('MedGlance'),
      expect.stringMatching(/problem\.setting\.siteEntry .*"n":2/),
    );
  });

  test('v2-shaped name groups read before the migration ran still apply', async () => {
    await fakeBrowser.storage.sync.set({ settings: { nameGroups: { brands: false } } });
    expect((await getSettings()).nameGroups.isotretinoin).toEqual({
      brands: false,
      international: true,
      misspellings: true,
    });
  });

  test('keys written by a newer MedGlance survive writes, imports and resets', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, somethingNew: { a: [1, 2] } } });
    await updateSettings({ showBadge: false });
    expect((await stored()).somethingNew).toEqual({ a: [1, 2] });
    await replaceSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect((await stored()).somethingNew).toEqual({ a: [1, 2] });
    await resetSettings();
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, somethingNew: { a: [1, 2] } });
  });

  test('updateSettings rejects invalid values and stores nothing', async () => {
    await expect(updateSettings({ hoverDelayMs: 5000 })).rejects.toMatchObject({
      problem: { key: 'problem.setting.range', params: { key: 'hoverDelayMs', min: 0, max: 2000 } },
    });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  test('updateSettings merges, normalises and is seen by watchers; reset restores defaults', async () => {
    const seen: unknown[] = [];
    const ac = new AbortController();
    watchSettings((s) => seen.push(s.disabledSites), ac.signal);
    await updateSettings({ disabledSites: ['https://Example.com/x'] });
    expect((await getSettings()).disabledSites).toEqual(['example.com']);
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(seen).toEqual([['example.com'], []]));
    ac.abort();
    await updateSettings({ enabled: false });
    expect(seen).toHaveLength(2);
  });

  test('quick successive updates from one page all land', async () => {
    await Promise.all([
      updateSettings((s) => ({
        nameGroups: { isotretinoin: { ...s.nameGroups.isotretinoin!, brands: false } },
      })),
      updateSettings((s) => ({
        nameGroups: { isotretinoin: { ...s.nameGroups.isotretinoin!, misspellings: false } },
      })),
      updateSettings({ hoverDelayMs: 9999 }).catch(() => 'rejected'),
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'a.com'] })),
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'b.com'] })),
    ]);
    const s = await getSettings();
    expect(s.nameGroups).toEqual({
      isotretinoin: { brands: false, international: true, misspellings: false },
    });
    expect(s.disabledSites).toEqual(['a.com', 'b.com']);
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

test('an empty name-groups change changes nothing (not a reset of every medication)', async () => {
  await updateSettings({
    nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
  });
  await updateSettings({ nameGroups: {} });
  expect((await getSettings()).nameGroups.isotretinoin!.brands).toBe(false);
});
