import { DEFAULT_SETTINGS, SETTING_LIMITS, type Settings } from './settings-schema';
import { normaliseSitePattern } from './site-patterns';

/**
 * The one runtime validator for settings that cross a boundary: storage reads (garbage → defaults),
 * imported files (any problem → rejected, nothing applied) and migrations.
 */

type Check<V> = (value: unknown, key: string) => { value: V } | { error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const bool: Check<boolean> = (v, key) =>
  typeof v === 'boolean' ? { value: v } : { error: `'${key}' must be true or false` };

const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v, key) =>
    typeof v === 'string' && (options as readonly string[]).includes(v)
      ? { value: v as T }
      : { error: `'${key}' must be one of ${options.map((o) => `"${o}"`).join(', ')}` };

const intRange =
  ([min, max]: readonly [number, number]): Check<number> =>
  (v, key) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? { value: v as number }
      : { error: `'${key}' must be a number between ${min} and ${max}` };

const sites: Check<string[]> = (v, key) => {
  if (!Array.isArray(v)) return { error: `'${key}' must be a list of sites` };
  if (v.length > SETTING_LIMITS.disabledSitesMax) {
    return { error: `'${key}' can hold at most ${SETTING_LIMITS.disabledSitesMax} sites` };
  }
  const out: string[] = [];
  for (const [i, item] of v.entries()) {
    const parsed = typeof item === 'string' ? normaliseSitePattern(item) : null;
    if (!parsed?.ok) return { error: `'${key}' entry ${i + 1} is not a valid site: ${JSON.stringify(item)}` };
    if (!out.includes(parsed.pattern)) out.push(parsed.pattern);
  }
  return { value: out };
};

const nameGroups: Check<Settings['nameGroups']> = (v, key) => {
  if (!isRecord(v))
    return { error: `'${key}' must be an object like ${JSON.stringify(DEFAULT_SETTINGS.nameGroups)}` };
  const out = { ...DEFAULT_SETTINGS.nameGroups };
  for (const [group, on] of Object.entries(v)) {
    if (!Object.hasOwn(out, group)) return { error: `Unknown name group '${group}' in '${key}'` };
    if (typeof on !== 'boolean') return { error: `'${key}.${group}' must be true or false` };
    out[group as keyof typeof out] = on;
  }
  return { value: out };
};

const color: Check<string> = (v, key) =>
  typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)
    ? { value: v.toLowerCase() }
    : { error: `'${key}' must be a colour like "#b45309"` };

const checks: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: bool,
  disabledSites: sites,
  pausedUntil: intRange([0, Number.MAX_SAFE_INTEGER]),
  nameGroups,
  trigger: oneOf(['hover', 'hover-modifier', 'click']),
  hoverDelayMs: intRange(SETTING_LIMITS.hoverDelayMs),
  highlightStyle: oneOf(['underline', 'background', 'both']),
  highlightColor: color,
  theme: oneOf(['auto', 'light', 'dark']),
  textSize: intRange(SETTING_LIMITS.textSize),
  region: oneOf(['auto', 'US', 'UK', 'EU', 'other']),
  cardOpens: oneOf(['compact', 'full']),
  showBadge: bool,
};

export interface ValidationResult {
  /** Valid settings: every valid key from the input, defaults for missing or invalid ones. */
  readonly settings: Settings;
  /** One plain-language message per problem; empty when the input was fully valid. */
  readonly errors: readonly string[];
}

/** Validates a settings object. Missing keys take their defaults and are not errors. */
export function validateSettings(raw: unknown): ValidationResult {
  if (!isRecord(raw))
    return { settings: structuredClone(DEFAULT_SETTINGS), errors: ['Settings must be a JSON object'] };
  const settings: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const errors: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(checks, key)) {
      errors.push(`Unknown setting '${key}'`);
      continue;
    }
    const result = checks[key as keyof Settings](value, key);
    if ('error' in result) errors.push(result.error);
    else settings[key] = result.value;
  }
  return { settings: settings as Settings, errors };
}

/** Validates a partial update (e.g. one control changed); throws on any problem since callers are ours. */
export function validatePatch(patch: Partial<Settings>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(checks, key)) throw new Error(`Unknown setting '${key}'`);
    const result = checks[key as keyof Settings](value, key);
    if ('error' in result) throw new Error(result.error);
    out[key] = result.value;
  }
  return out as Partial<Settings>;
}
