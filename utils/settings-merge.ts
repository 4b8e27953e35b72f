import { upgradeNameGroups } from './settings-migrations';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The object a write stores: the validated `patch` written onto what storage holds. Everything the patch
 * does not touch is written back exactly as stored, including what this version cannot read: a new value
 * of a known setting (`language: 'fr'`), a site entry in a syntax it rejects, an unknown key. A newer
 * MedGlance on another device may have synced it, and syncing a value this version replaced with its
 * default would reset that device. Reading still repairs every such value for use here
 * (utils/settings-validate.ts). Settings missing from storage are written with their defaults, so storage
 * always holds one whole object.
 *
 * `nameGroups` is merged one level down: each medication's switches in the patch are written onto its
 * stored ones, so a name group (or a medication) this version does not know survives a change to the
 * groups it does know.
 */
export function patchStored(stored: unknown, patch: Partial<Settings>): Record<string, unknown> {
  const raw = isRecord(stored) ? stored : {};
  const next: Record<string, unknown> = { ...structuredClone(DEFAULT_SETTINGS), ...raw, ...patch };
  if (patch.nameGroups) next.nameGroups = mergeNameGroups(raw.nameGroups, patch.nameGroups);
  return next;
}

function mergeNameGroups(stored: unknown, patch: Settings['nameGroups']): Record<string, unknown> {
  // A v2-shaped set is isotretinoin's (what the reader made of it); anything else unreadable is replaced.
  const before = upgradeNameGroups(stored);
  const out: Record<string, unknown> = isRecord(before) ? { ...before } : {};
  for (const [id, switches] of Object.entries(patch)) {
    const old = out[id];
    out[id] = isRecord(old) ? { ...old, ...switches } : { ...switches };
  }
  return out;
}
