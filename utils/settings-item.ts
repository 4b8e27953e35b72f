import { storage } from '@wxt-dev/storage';
import { SETTINGS_KEY } from './storage';
import { SETTINGS_VERSION, settingsMigrations } from './settings-migrations';

/**
 * The settings as a versioned `@wxt-dev/storage` item: it runs the migrations of
 * utils/settings-migrations.ts over what an older MedGlance stored (or synced from another device), and
 * records the version (every write in utils/storage.ts records it too, in the same metadata item, so a
 * fresh install is never mistaken for version 1). Only the background defines it, so migrations run
 * once, in the extension's own console: @wxt-dev/storage reports a failed migration (e.g. a downgrade)
 * with console.error, which from a content script would land in every web page's console. Every context
 * reads through the validator, which also reads older shapes, so a page never waits for the migration.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>(`sync:${SETTINGS_KEY}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: settingsMigrations as Record<number, (old: Record<string, unknown>) => Record<string, unknown>>,
});
