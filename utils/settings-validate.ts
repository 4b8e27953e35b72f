import type { Problem } from '../i18n/translate';
import { SWITCHABLE_NAME_GROUPS } from '../medications/types';
import {
  ALL_NAME_GROUPS_ON,
  CARD_OPENS,
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  LANGUAGE_SETTINGS,
  REGION_SETTINGS,
  SETTING_LIMITS,
  THEMES,
  TRIGGERS,
  type NameGroupSwitches,
  type Settings,
} from './settings-schema';
import { upgradeNameGroups } from './settings-migrations';
import { normaliseSitePattern } from './site-patterns';

/**
 * The one runtime validator for settings that cross a boundary: storage reads (repaired field by field
 * and entry by entry, nothing valid lost), imported files (any problem → rejected, nothing applied) and
 * partial updates from our own pages (any problem → thrown).
 */

/** A checked value, plus what was wrong with the input (a repaired value can carry problems too). */
type Checked<V> = { value?: V; errors: Problem[] };
type Check<V> = (value: unknown, key: string) => Checked<V>;

const ok = <V>(value: V): Checked<V> => ({ value, errors: [] });
const bad = (key: Problem['key'], params?: Problem['params']): Checked<never> => ({
  errors: [{ key, params }],
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const bool: Check<boolean> = (v, key) =>
  typeof v === 'boolean' ? ok(v) : bad('problem.setting.boolean', { key });

const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v, key) =>
    typeof v === 'string' && (options as readonly string[]).includes(v)
      ? ok(v as T)
      : bad('problem.setting.oneOf', { key, options: options.map((o) => `"${o}"`).join(', ') });

const intRange =
  ([min, max]: readonly [number, number]): Check<number> =>
  (v, key) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? ok(v as number)
      : bad('problem.setting.range', { key, min, max });

/** Entry by entry: an invalid site is dropped (and named), every valid one kept, duplicates merged. */
const sites: Check<string[]> = (v, key) => {
  if (!Array.isArray(v)) return bad('problem.setting.sites', { key });
  const out: string[] = [];
  const errors: Problem[] = [];
  for (const [i, item] of v.entries()) {
    const parsed = typeof item === 'string' ? normaliseSitePattern(item) : null;
    if (!parsed?.ok) {
      const shown = JSON.stringify(item)?.slice(0, 80) ?? String(item);
      errors.push({ key: 'problem.setting.siteEntry', params: { key, n: i + 1, value: shown } });
    } else if (!out.includes(parsed.pattern)) out.push(parsed.pattern);
  }
  if (out.length > SETTING_LIMITS.disabledSitesMax) {
    errors.push({ key: 'problem.setting.sitesMax', params: { key, max: SETTING_LIMITS.disabledSitesMax } });
    out.length = SETTING_LIMITS.disabledSitesMax;
  }
  return { value: out, errors };
};

/**
 * Name groups per medication id. v2's single set (`{ brands: false, … }`) is still read, through the v3
 * migration's converter, because content scripts do not run storage migrations and may read v2 data
 * before the background has migrated it. Ids of medications this version does not know are kept (a
 * newer MedGlance may have written them).
 */
const nameGroups: Check<Settings['nameGroups']> = (raw, key) => {
  const example = JSON.stringify(DEFAULT_SETTINGS.nameGroups);
  const v = upgradeNameGroups(raw);
  if (!isRecord(v)) return bad('problem.setting.groupsObject', { key, example });
  const errors: Problem[] = [];
  const switchesOf = (entry: unknown, where: string): NameGroupSwitches | undefined => {
    if (!isRecord(entry)) {
      errors.push({
        key: 'problem.setting.groupsObject',
        params: { key: where, example: JSON.stringify(ALL_NAME_GROUPS_ON) },
      });
      return undefined;
    }
    const out = { ...ALL_NAME_GROUPS_ON };
    for (const [group, on] of Object.entries(entry)) {
      if (!(SWITCHABLE_NAME_GROUPS as readonly string[]).includes(group))
        errors.push({ key: 'problem.setting.groupUnknown', params: { group, key: where } });
      else if (typeof on !== 'boolean')
        errors.push({ key: 'problem.setting.boolean', params: { key: `${where}.${group}` } });
      else out[group as keyof NameGroupSwitches] = on;
    }
    return out;
  };
  const value: Settings['nameGroups'] = structuredClone(DEFAULT_SETTINGS.nameGroups);
  for (const [id, entry] of Object.entries(v)) {
    const switches = switchesOf(entry, `${key}.${id}`);
    if (switches) value[id] = switches;
  }
  return { value, errors };
};

const color: Check<string> = (v, key) =>
  typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)
    ? ok(v.toLowerCase())
    : bad('problem.setting.color', { key });

const checks: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: bool,
  disabledSites: sites,
  pausedUntil: intRange([0, Number.MAX_SAFE_INTEGER]),
  nameGroups,
  trigger: oneOf(TRIGGERS),
  hoverDelayMs: intRange(SETTING_LIMITS.hoverDelayMs),
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  highlightColor: color,
  theme: oneOf(THEMES),
  textSize: intRange(SETTING_LIMITS.textSize),
  region: oneOf(REGION_SETTINGS),
  cardOpens: oneOf(CARD_OPENS),
  showBadge: bool,
  language: oneOf(LANGUAGE_SETTINGS),
};

export interface ValidationResult {
  /** Valid settings: every valid value from the input (repaired where it can be), defaults for the rest. */
  readonly settings: Settings;
  /** One problem per invalid value or entry; empty when the input was fully valid. */
  readonly errors: readonly Problem[];
  /** Keys this version does not know (e.g. written by a newer MedGlance): kept as they are on writes. */
  readonly unknown: Readonly<Record<string, unknown>>;
}

/** Validates a settings object. Missing keys take their defaults and are not errors. */
export function validateSettings(raw: unknown): ValidationResult {
  if (!isRecord(raw))
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      errors: [{ key: 'problem.setting.object' }],
      unknown: {},
    };
  const settings: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const errors: Problem[] = [];
  const unknown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(checks, key)) {
      unknown[key] = value;
      continue;
    }
    const result = checks[key as keyof Settings](value, key);
    errors.push(...result.errors);
    if (result.value !== undefined) settings[key] = result.value;
  }
  return { settings: settings as Settings, errors, unknown };
}

/** Thrown by validatePatch; `problem` says what was wrong, in any language. */
export class SettingsError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.key} ${JSON.stringify(problem.params ?? {})}`);
  }
}

/**
 * What went wrong with a save, as a Problem to show in the reader's language: ours (a SettingsError) as
 * it is, anything else (the browser refusing the write) with the browser's own message as detail.
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof SettingsError) return error.problem;
  return {
    key: 'problem.storage.failed',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}

/**
 * A name-groups patch keeps only the medications it names: the defaults the check fills in for the
 * others would overwrite their stored choices (a change to one medication's names is not a reset of
 * the rest).
 */
function onlyNamed(value: Settings['nameGroups'], raw: unknown): Settings['nameGroups'] {
  // Upgraded first: a version-2 shape names groups, and means the one medication of that version.
  const named = upgradeNameGroups(raw);
  if (!isRecord(named)) return value;
  return Object.fromEntries(Object.entries(value).filter(([id]) => Object.hasOwn(named, id)));
}

/** Validates a partial update (e.g. one control changed); throws on any problem since callers are ours. */
export function validatePatch(patch: Partial<Settings>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(checks, key))
      throw new SettingsError({ key: 'problem.setting.unknown', params: { key } });
    const result = checks[key as keyof Settings](value, key);
    if (result.errors[0]) throw new SettingsError(result.errors[0]);
    out[key] = key === 'nameGroups' ? onlyNamed(result.value as Settings['nameGroups'], value) : result.value;
  }
  return out as Partial<Settings>;
}
