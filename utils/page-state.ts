import type { Settings } from './settings-schema';
import { isSiteDisabled } from './site-patterns';

/** Why highlighting is (not) running on a page. */
export const PAGE_STATES = ['active', 'off', 'site-disabled', 'paused'] as const;
export type PageState = (typeof PAGE_STATES)[number];

/** Why highlighting is (not) running on a page with these hosts (its own, and its top page's) at `now`. */
export function pageState(settings: Settings, host: string | readonly string[], now: number): PageState {
  if (!settings.enabled) return 'off';
  const hosts = typeof host === 'string' ? [host] : host;
  if (hosts.some((h) => isSiteDisabled(h, settings.disabledSites))) return 'site-disabled';
  if (settings.pausedUntil > now) return 'paused';
  return 'active';
}
