import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { SETTINGS_VERSION, settingsMigrations } from './settings-migrations';
import { validatePatch, validateSettings } from './settings-validate';

/**
 * All settings live in one `sync` item, so an import or reset applies atomically and every open tab sees
 * one consistent change event. One object of ~1 KB stays far below the 8 KB per-item sync quota even
 * with a long disabled-sites list (500 sites max). The pause is synced too: pausing is a deliberate,
 * short-lived choice a user expects to hold wherever they read.
 */
export const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', {
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
      : (settingsMigrations as Record<number, (old: Partial<Settings>) => Partial<Settings>>),
});

/** Validates what storage holds; anything invalid falls back to its default with a console note. */
function fromStorage(raw: unknown): Settings {
  const { settings, errors } = validateSettings(raw ?? {});
  // A note (not an error) in the extension's own consoles (background, popup, options): bad stored data
  // is repaired, not fatal. Content scripts stay quiet: their console is the web page's.
  const inExtensionPage = typeof location === 'undefined' || location.protocol.endsWith('-extension:');
  if (errors.length > 0 && inExtensionPage) {
    console.warn('[MedGlance] ignored invalid stored settings:', errors.join('; '));
  }
  return settings;
}

/** The current settings, validated; defaults for anything missing or invalid. */
export async function getSettings(): Promise<Settings> {
  return fromStorage(await settingsItem.getValue());
}

/** Calls `cb` with the new settings on every change (from any tab or page) until `signal` aborts. */
export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const unwatch = settingsItem.watch((raw) => cb(fromStorage(raw)));
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

// Updates from one page run one after another, so two quick changes (e.g. two name-group boxes) both
// land instead of the second read-modify-write overwriting the first.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies a validated partial change; throws (and stores nothing) if any value is invalid. Pass a
 * function to derive the change from the latest stored settings (for nested values like name groups).
 */
export function updateSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const run = async (): Promise<Settings> => {
    const current = await getSettings();
    const valid = validatePatch(typeof patch === 'function' ? patch(current) : patch);
    const next = { ...current, ...valid };
    await settingsItem.setValue(next);
    return next;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Replaces every setting at once (import). The caller passes a validated object. */
export async function replaceSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(validateSettings(settings).settings);
}

/** Back to the defaults (a full object is written so every tab's watcher fires once). */
export async function resetSettings(): Promise<void> {
  await settingsItem.setValue(structuredClone(DEFAULT_SETTINGS));
}
