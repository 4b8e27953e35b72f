import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { parseSettingsFile, settingsToFile } from './settings-file';
import { describe as say, translator } from '../i18n/translate';

const english = (p: Parameters<typeof say>[1]) => say(translator('en'), p);

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['example.com', '*.forum.org'],
  nameGroups: { isotretinoin: { brands: true, international: false, misspellings: true } },
  trigger: 'click',
  hoverDelayMs: 800,
  highlightStyle: 'both',
  highlightColor: '#1d4ed8',
  theme: 'dark',
  textSize: 125,
  region: 'UK',
  cardOpens: 'full',
  showBadge: false,
};

const file = (settings: unknown, extra: object = {}) =>
  JSON.stringify({ medglance: 'settings', version: 3, settings, ...extra });

describe('settings file', () => {
  test('export → import round-trips every setting except the pause', () => {
    const text = settingsToFile({ ...custom, pausedUntil: 123 });
    expect(text).not.toContain('pausedUntil');
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom });
  });

  test('settings missing from the file take their defaults', () => {
    expect(parseSettingsFile(file({ theme: 'light' }))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, theme: 'light' },
    });
  });

  test('a v2 file (one set of name groups) is migrated to per-medication groups', () => {
    const r = parseSettingsFile(
      JSON.stringify({ medglance: 'settings', version: 2, settings: { nameGroups: { brands: false } } }),
    );
    expect(r.ok && r.settings.nameGroups).toEqual({
      isotretinoin: { brands: false, international: true, misspellings: true },
    });
  });

  test('a v1 file is migrated', () => {
    const r = parseSettingsFile(
      JSON.stringify({ medglance: 'settings', version: 1, settings: { disabledSites: ['https://a.com/x'] } }),
    );
    expect(r.ok && r.settings.disabledSites).toEqual(['a.com']);
  });

  test.each([
    ['{ "medglance": ', /^Not valid JSON: /],
    ['[1, 2]', /^Not a MedGlance settings file/],
    [JSON.stringify({ theme: 'dark' }), /^Not a MedGlance settings file/],
    [file({ foo: 1 }), /^Unknown setting 'foo'$/],
    [file({}, { extra: 1 }), /^Unknown field 'extra' in the file$/],
    [file({ hoverDelayMs: '300' }), /^'hoverDelayMs' must be a number between 0 and 2000$/],
    [file({ hoverDelayMs: 2001 }), /^'hoverDelayMs' must be a number between 0 and 2000$/],
    [file({ textSize: 10 }), /^'textSize' must be a number between 75 and 200$/],
    [file({ enabled: 'yes' }), /^'enabled' must be true or false$/],
    [file({ trigger: 'wink' }), /^'trigger' must be one of "hover", "hover-modifier", "click"$/],
    [file({ highlightColor: 'red' }), /^'highlightColor' must be a colour/],
    [file({ disabledSites: ['ok.com', 'bad site'] }), /^'disabledSites' entry 2 is not a valid site/],
    [
      file({ nameGroups: { isotretinoin: { brands: false, chemistry: true } } }),
      /^Unknown name group 'chemistry' in 'nameGroups.isotretinoin'/,
    ],
    [file({ nameGroups: { isotretinoin: 'off' } }), /^'nameGroups.isotretinoin' must be an object/],
    [JSON.stringify({ medglance: 'settings', version: 99, settings: {} }), /newer MedGlance/],
  ])('rejects %s naming the problem', (text, message) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && english(r.errors[0]!)).toMatch(message);
  });

  test('every problem in a file is listed, not just the first', () => {
    const r = parseSettingsFile(file({ foo: 1, theme: 'neon', showBadge: 0 }));
    expect(!r.ok && r.errors).toHaveLength(3);
  });
});
