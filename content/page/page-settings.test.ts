import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';
import { updateSettings } from '../../utils/storage';
import { badgeCount, detectionOptions, watchPageSettings } from './page-settings';
import { highlightCss, highlightSheetCss } from './highlight-style';

beforeEach(() => fakeBrowser.reset());

/** Holds the next storage read's answer (taken now) until `release`: a slow first read. */
function delayNextRead(): { release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  const sync = fakeBrowser.storage.sync;
  const get = sync.get.bind(sync);
  vi.spyOn(sync, 'get').mockImplementationOnce((async (keys: string) => {
    const answer = await get(keys);
    await gate;
    return answer;
  }) as typeof sync.get);
  return { release };
}
afterEach(() => vi.useRealTimers());

describe('watchPageSettings', () => {
  test('follows storage changes and tells detection and the badge', async () => {
    const ac = new AbortController();
    const page = await watchPageSettings(ac.signal, 'example.com');
    const states: string[] = [];
    page.onChange((p) => states.push(p.state), ac.signal);
    expect(detectionOptions(page)).toEqual({ enabled: true, nameGroups: DEFAULT_SETTINGS.nameGroups });
    expect(badgeCount(page, 4)).toBe(4);

    await updateSettings({ disabledSites: ['example.com'] });
    await vi.waitFor(() => expect(states).toEqual(['site-disabled']));
    expect(detectionOptions(page).enabled).toBe(false);
    expect(badgeCount(page, 4)).toBe(0);

    await updateSettings({
      disabledSites: [],
      showBadge: false,
      nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
    });
    await vi.waitFor(() => expect(states).toEqual(['site-disabled', 'active']));
    expect(detectionOptions(page)).toEqual({
      enabled: true,
      nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
    });
    expect(badgeCount(page, 4)).toBe(0);
    ac.abort();
  });

  test('a change committed while the first read is under way is not missed', async () => {
    const { release } = delayNextRead();
    const ac = new AbortController();
    const watching = watchPageSettings(ac.signal, 'example.com');
    await updateSettings({ disabledSites: ['example.com'] }); // the site is switched off meanwhile
    release();
    const page = await watching;
    expect(page.state).toBe('site-disabled');
    expect(detectionOptions(page).enabled).toBe(false);
    const states: string[] = [];
    page.onChange((p) => states.push(p.state), ac.signal);
    await updateSettings({ disabledSites: [] });
    await vi.waitFor(() => expect(states).toEqual(['active']));
    ac.abort();
  });

  test('a pause ends on its own, without a storage change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await updateSettings({ pausedUntil: Date.now() + 60 * 60 * 1000 });
    const ac = new AbortController();
    const page = await watchPageSettings(ac.signal, 'example.com');
    expect(page.state).toBe('paused');
    const seen = vi.fn();
    page.onChange(seen, ac.signal);
    vi.advanceTimersByTime(59 * 60 * 1000);
    expect(page.state).toBe('paused');
    vi.advanceTimersByTime(2 * 60 * 1000);
    expect(page.state).toBe('active');
    expect(seen).toHaveBeenCalledTimes(1);
    ac.abort();
  });
});

const css = (highlightStyle: 'underline' | 'background' | 'both') =>
  highlightCss({ highlightStyle, highlightColor: '#1d4ed8' });

describe('highlightCss', () => {
  test('each style sets underline and tint explicitly in the chosen colour', () => {
    expect(css('underline')).toContain('text-decoration: underline 2px #1d4ed8');
    expect(css('underline')).toContain('background-color: transparent');
    expect(css('background')).toContain('text-decoration: none');
    expect(css('background')).toContain('color-mix(in srgb, #1d4ed8 22%, transparent)');
    expect(css('both')).toMatch(/underline 2px #1d4ed8[\s\S]*color-mix/);
  });

  test('the default draws no text decoration; the sheet also styles the reveal flash', () => {
    const rule = highlightCss(DEFAULT_SETTINGS);
    expect(rule).toContain('text-decoration: none');
    expect(rule).toContain('color-mix(in srgb, #b45309 22%, transparent)');
    const sheet = highlightSheetCss(DEFAULT_SETTINGS);
    expect(sheet).toContain(rule);
    expect(sheet).toContain('::highlight(medglance-flash)');
  });
});
