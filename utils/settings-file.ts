import type { Problem } from '../i18n/translate';
import type { Settings } from './settings-schema';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { validateSettings } from './settings-validate';

/**
 * The export/import file: `{ "medglance": "settings", "version": SETTINGS_VERSION, "settings": { … } }`
 * (version 3 now; files of every older version are migrated on import). The pause is left out of exports
 * (it is a moment, not a preference); settings missing from a file take defaults.
 */
const FILE_KIND = 'settings';

/** The JSON text of an export file. */
export function settingsToFile(settings: Settings): string {
  const { pausedUntil: _pause, ...rest } = settings;
  return `${JSON.stringify({ medglance: FILE_KIND, version: SETTINGS_VERSION, settings: rest }, null, 2)}\n`;
}

export type ParsedFile =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly errors: readonly Problem[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses an import file; any problem rejects the whole file with messages naming each problem. */
export function parseSettingsFile(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ key: 'problem.file.json', params: { detail: (error as Error).message } }],
    };
  }
  if (!isRecord(json) || json.medglance !== FILE_KIND || !isRecord(json.settings)) {
    return {
      ok: false,
      errors: [{ key: 'problem.file.kind' }],
    };
  }
  const errors: Problem[] = [];
  for (const key of Object.keys(json)) {
    if (!['medglance', 'version', 'settings'].includes(key))
      errors.push({ key: 'problem.file.field', params: { field: key } });
  }
  const version = json.version;
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > SETTINGS_VERSION) {
    const newer = Number.isInteger(version) && (version as number) > SETTINGS_VERSION;
    errors.push({
      key: newer ? 'problem.file.newer' : 'problem.file.version',
      params: { max: SETTINGS_VERSION },
    });
    return { ok: false, errors };
  }
  const result = validateSettings(migrateSettings(json.settings, version as number));
  errors.push(
    ...result.errors,
    ...Object.keys(result.unknown).map((key): Problem => ({
      key: 'problem.setting.unknown',
      params: { key },
    })),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: result.settings };
}
