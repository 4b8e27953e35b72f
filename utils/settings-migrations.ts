import { normaliseSitePattern } from './site-patterns';

/**
 * Version history of the stored settings object. Each migration takes the previous version's data (as
 * found in storage or in an imported file, so: unknown) and returns the next version's. Migrations never
 * throw on odd data: the validator repairs whatever they leave behind.
 *
 * v1 (first release shape, commit 20b22a8): `disabledSites` stored as typed, e.g. "https://www.Example.com/a".
 * v2: `disabledSites` holds normalised host patterns ("www.example.com", punycode, deduplicated), so content
 *     scripts match with a plain comparison; entries that were never valid sites are dropped.
 */
export const SETTINGS_VERSION = 2;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
};

/** Runs every migration from `fromVersion` up to the current version (used for imported files). */
export function migrateSettings(data: unknown, fromVersion: number): unknown {
  let value = data;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) value = settingsMigrations[v]?.(value) ?? value;
  return value;
}
