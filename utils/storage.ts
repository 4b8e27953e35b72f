import { browser } from 'wxt/browser';
import { inExtensionContext } from './dev-log';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { patchStored } from './settings-merge';
import { DEFAULT_SETTINGS, SETTING_LIMITS, type Settings } from './settings-schema';
import { SettingsError, validatePatch, validateSettings, type ValidationResult } from './settings-validate';

/**
 * All settings live in one `sync` item, so an import or reset applies atomically and every open tab sees
 * one consistent change event. The price is sync's quota of 8,192 bytes per item: the defaults take
 * ~350, and each switched-off site its length plus 3, so some 300 to 400 hosts fit, depending on their
 * length (not the list's cap of 500). Every write checks the size first, against a budget with a safety
 * margin (`SETTING_LIMITS.syncBytes`), and refuses with a Problem that says so, instead of the browser
 * refusing every later write with an English quota error. The pause is synced too: pausing is a
 * deliberate, short-lived choice a user expects to hold wherever they read.
 *
 * Read and written with `browser.storage.sync` directly: this module is in every frame's content
 * script, and @wxt-dev/storage (with its lock and migration runner, ~2.5 KB gzip) is needed only where
 * migrations run, the background (utils/settings-item.ts). The validator reads every older shape.
 */
export const SETTINGS_KEY = 'settings';

/**
 * The settings' version record, exactly as @wxt-dev/storage keeps it (`getMetaKey`: the key plus "$",
 * holding `{ v: version, … }`). Every write here records the current version: @wxt-dev/storage writes it
 * only after a migration, so without this a fresh install never had one and every background start ran
 * every migration again over data already in the current shape.
 */
const META_KEY = `${SETTINGS_KEY}$`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const readRaw = async (): Promise<unknown> => (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];

/** What storage holds, brought to the current shape, and the version record to write back with it. */
interface Stored {
  readonly raw: unknown;
  readonly meta: Readonly<Record<string, unknown>>;
}

/**
 * Reads the settings and their version record in one call. Data of an older version (no record counts
 * as version 1, as @wxt-dev/storage reads it) is migrated first, exactly as the background would, so a
 * write that records the current version never leaves an older shape behind it. Data of a newer version
 * is left as it is, and its (higher) version number is kept.
 */
async function readStored(): Promise<Stored> {
  const items = await browser.storage.sync.get([SETTINGS_KEY, META_KEY]);
  const raw = items[SETTINGS_KEY];
  const found = items[META_KEY];
  const meta = isRecord(found) ? found : {};
  const version = Number.isInteger(meta.v) ? (meta.v as number) : 1;
  return {
    raw: raw != null && version < SETTINGS_VERSION ? migrateSettings(raw, version) : raw,
    meta: { ...meta, v: Math.max(version, SETTINGS_VERSION) },
  };
}

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
    // Problems as key and parameters: the translated catalogue stays out of the content script's bundle,
    // and this note is for developers (the options page shows problems in the reader's language).
    const notes = errors.map((e) => `${e.key} ${JSON.stringify(e.params ?? {})}`);
    console.warn('[MedGlance] repaired invalid stored settings:', notes.join('; '));
  }
  const unknown = Object.keys(result.unknown);
  if (unknown.length > 0 && inExtensionContext()) {
    console.warn(
      '[MedGlance] kept settings this version does not know (a newer MedGlance?):',
      unknown.join(', '),
    );
  }
  return result;
}

/** The current settings, validated; defaults for anything missing or invalid. */
export async function getSettings(): Promise<Settings> {
  return fromStorage(await readRaw()).settings;
}

/**
 * Writes the validated `patch` onto what storage holds (utils/settings-merge.ts): every value the patch
 * does not touch is written back exactly as stored, so nothing a newer MedGlance synced from another
 * device (a key, a value or a name group this version does not know) is erased by an unrelated change.
 */
async function write({ raw, meta }: Stored, patch: Partial<Settings>): Promise<void> {
  const next = patchStored(raw, patch);
  checkSize(next, raw);
  // One `set` call: the settings and their version change together.
  await browser.storage.sync.set({ [SETTINGS_KEY]: next, [META_KEY]: meta });
}

/** Bytes the settings item counts against sync's per-item quota: key plus value as JSON, in UTF-8. */
const itemBytes = (value: unknown): number =>
  new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(value)).length;

/** chrome.storage.sync's QUOTA_BYTES_PER_ITEM: the browser refuses a bigger item. */
const SYNC_ITEM_QUOTA = 8192;
const sitesIn = (value: unknown): number => {
  const sites = (value as { disabledSites?: unknown } | null)?.disabledSites;
  return Array.isArray(sites) ? sites.length : 0;
};

/**
 * Throws (a Problem naming the numbers) when `next` is too big to sync. Only more sites count against
 * the budget (SETTING_LIMITS.syncBytes): its margin below the browser's quota keeps pausing, a longer
 * hover delay or any other choice saveable at the last site that fits. Settings already over the
 * budget (written elsewhere) can always shrink, and a change that does not grow them is not refused
 * for a size it did not cause.
 */
function checkSize(next: Record<string, unknown>, before: unknown): void {
  const size = itemBytes(next);
  const sites = sitesIn(next);
  const max = sites > sitesIn(before) ? SETTING_LIMITS.syncBytes : SYNC_ITEM_QUOTA;
  if (size <= max || (before != null && size <= itemBytes(before))) return;
  throw new SettingsError({ key: 'problem.setting.tooBig', params: { size, max, sites } });
}

/** Calls `cb` with the new settings on every change (from any tab or page) until `signal` aborts. */
export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && Object.hasOwn(changes, SETTINGS_KEY))
      cb(fromStorage(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  const stop = (): void => {
    // Aborted because the extension was updated, reloaded or switched off: this content script is orphaned,
    // any storage API call throws "Extension context invalidated", and there is nothing left to unwatch.
    try {
      browser.storage.onChanged.removeListener(listener);
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
    const stored = await readStored();
    const current = fromStorage(stored.raw).settings;
    const valid = validatePatch(typeof patch === 'function' ? patch(current) : patch);
    await write(stored, valid);
    // Name groups, like the write, one level down: a patch names only the medications it changes.
    const nameGroups = { ...current.nameGroups, ...valid.nameGroups };
    return { ...current, ...valid, nameGroups };
  });
}

/**
 * Replaces every setting this version knows at once (import); keys, values and name groups it does not
 * know stay as stored. The caller passes a validated object.
 */
export function replaceSettings(settings: Settings): Promise<void> {
  return enqueue(async () => {
    await write(await readStored(), validateSettings(settings).settings);
  });
}

/**
 * Back to the defaults: every setting this version knows (a full object is written so every tab's watcher
 * fires once); what it does not know stays as stored, as on every write.
 */
export function resetSettings(): Promise<void> {
  return enqueue(async () => {
    await write(await readStored(), structuredClone(DEFAULT_SETTINGS));
  });
}
