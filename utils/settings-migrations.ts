import { normaliseSitePattern } from './site-patterns';

/**
 * Version history of the stored settings object. Each migration takes the previous version's data (as
 * found in storage or in an imported file, so: unknown) and returns the next version's. Migrations never
 * throw on odd data: the validator repairs whatever they leave behind.
 *
 * v1 (first release shape, commit 20b22a8): `disabledSites` stored as typed, e.g. "https://www.Example.com/a".
 * v2: `disabledSites` holds normalised host patterns ("www.example.com", punycode, deduplicated), so content
 *     scripts match with a plain comparison; entries that were never valid sites are dropped.
 * v3: `nameGroups` is per medication, `{ isotretinoin: { brands, international, misspellings } }`, so a
 *     second medication's groups switch on their own; v2's one set of groups was isotretinoin's.
 */
export const SETTINGS_VERSION = 3;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The only medication before v3: v2's name groups were its groups. */
const V2_MEDICATION_ID = 'isotretinoin';

/** v2's `{ brands: false, … }` as v3's `{ isotretinoin: { brands: false, … } }`; anything else unchanged. */
export function upgradeNameGroups(value: unknown): unknown {
  if (!isRecord(value) || !Object.values(value).some((on) => typeof on === 'boolean')) return value;
  return { [V2_MEDICATION_ID]: value };
}

/** Migration functions keyed by the version they produce (the `@wxt-dev/storage` convention). */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isRecord(old) || !Array.isArray(old.disabledSites)) return old;
    const patterns: string[] = [];
    for (const entry of old.disabledSites) {
      const parsed = typeof entry === 'string' ? normaliseSitePattern(entry) : null;
      if (parsed?.ok && !patterns.includes(parsed.pattern)) patterns.push(parsed.pattern);
    }
    return { ...old, disabledSites: patterns };
  },
  3: (old) =>
    isRecord(old) && 'nameGroups' in old ? { ...old, nameGroups: upgradeNameGroups(old.nameGroups) } : old,
};

/** Runs every migration from `fromVersion` up to the current version (used for imported files). */
export function migrateSettings(data: unknown, fromVersion: number): unknown {
  let value = data;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) value = settingsMigrations[v]?.(value) ?? value;
  return value;
}
