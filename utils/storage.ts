import { storage } from '@wxt-dev/storage';
import { describe, translator } from '../i18n/translate';
import { inExtensionContext } from './dev-log';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { SETTINGS_VERSION, settingsMigrations } from './settings-migrations';
import { validatePatch, validateSettings, type ValidationResult } from './settings-validate';

/**
 * All settings live in one `sync` item, so an import or reset applies atomically and every open tab sees
 * one consistent change event. One object of ~1 KB stays far below the 8 KB per-item sync quota even
 * with a long disabled-sites list (500 sites max). The pause is synced too: pausing is a deliberate,
 * short-lived choice a user expects to hold wherever they read.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  // Migrations run in the extension's own contexts (background, popup, options), not in the content script
  // (WXT sets ENTRYPOINT per build). @wxt-dev/storage reports a failed migration, e.g. settings synced from
  // a newer MedGlance ("Version downgrade detected"), with console.error, which from a content script lands
  // in every web page's console. The content script reads through the validator, which repairs old or
  // unknown shapes anyway (tests/e2e/hostile.e2e.test.ts, "a future version").
  migrations:
    import.meta.env.ENTRYPOINT === 'medications'
      ? undefined
      : (settingsMigrations as Record<number, (old: Record<string, unknown>) => Record<string, unknown>>),
});

/**
 * Validates what storage holds. Invalid values fall back to their defaults, invalid list entries are
 * dropped one by one, and each repair is noted in the extension's console; nothing valid is lost.
 */
function fromStorage(raw: unknown): ValidationResult {
  const result = validateSettings(raw ?? {});
  const { errors } = result;
  // A note (not an error) in the extension's own consoles (background, popup, options): bad stored data
  // is repaired, not fatal. Content scripts stay quiet: their console is the web page's.
  if (errors.length > 0 && inExtensionContext()) {
    const t = translator('en'); // the extension's console is for developers: English
    console.warn(
      '[MedGlance] repaired invalid stored settings:',
      errors.map((e) => describe(t, e)).join('; '),
    );
  }
  return result;
}

/** The current settings, validated; defaults for anything missing or invalid. */
export async function getSettings(): Promise<Settings> {
  return fromStorage(await settingsItem.getValue()).settings;
}

/**
 * Writes `settings`, keeping every key this version does not know: a newer MedGlance on another device
 * may have synced them, and erasing them here would lose that device's settings.
 */
async function write(settings: Settings, unknown: Readonly<Record<string, unknown>>): Promise<void> {
  await settingsItem.setValue({ ...unknown, ...settings });
}

/** Calls `cb` with the new settings on every change (from any tab or page) until `signal` aborts. */
export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const unwatch = settingsItem.watch((raw) => cb(fromStorage(raw).settings));
  const stop = (): void => {
    // Aborted because the extension was updated, reloaded or switched off: this content script is orphaned,
    // any storage API call throws "Extension context invalidated", and there is nothing left to unwatch.
    try {
      unwatch();
    } catch {
      // orphaned: the browser dropped the listener with the old extension context
    }
  };
  signal.addEventListener('abort', stop, { once: true });
}

// Every read-modify-write of one context (popup, options page, a tab's content script) runs through this
// queue, one after another, so two quick changes (two name-group boxes, the toggle-site shortcut pressed
// twice) both land instead of the second overwriting the first with what it read before.
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(run: () => Promise<T>): Promise<T> {
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Applies a validated partial change; throws (and stores nothing) if any value is invalid. Pass a
 * function to derive the change from the latest stored settings (for nested values like name groups).
 */
export function updateSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  return enqueue(async () => {
    const { settings: current, unknown } = fromStorage(await settingsItem.getValue());
    const valid = validatePatch(typeof patch === 'function' ? patch(current) : patch);
    const next = { ...current, ...valid };
    await write(next, unknown);
    return next;
  });
}

/** Replaces every setting at once (import). The caller passes a validated object. */
export function replaceSettings(settings: Settings): Promise<void> {
  return enqueue(async () => {
    const { unknown } = fromStorage(await settingsItem.getValue());
    await write(validateSettings(settings).settings, unknown);
  });
}

/** Back to the defaults (a full object is written so every tab's watcher fires once). */
export function resetSettings(): Promise<void> {
  return enqueue(async () => {
    const { unknown } = fromStorage(await settingsItem.getValue());
    await write(structuredClone(DEFAULT_SETTINGS), unknown);
  });
}
