import { isTopFrame } from '../../utils/frame';
import { pageState, type PageState } from '../../utils/page-state';
import type { Settings } from '../../utils/settings-schema';
import { getSettings, watchSettings } from '../../utils/storage';
import type { DetectionOptions } from '../detection/detection-session';

/**
 * The hosts whose "off" switch applies to this frame: its own, and in an iframe the top page's too,
 * so switching a site off also quiets the frames embedded in it. `ancestorOrigins` is the only way a
 * cross-origin frame can learn the top page's host (absent in older Firefox: then the frame's own).
 */
export function frameHosts(): string[] {
  const hosts = [location.hostname];
  const origins = isTopFrame() ? undefined : location.ancestorOrigins;
  const top = origins?.[origins.length - 1];
  if (top) {
    try {
      hosts.push(new URL(top).hostname);
    } catch {
      // An opaque origin ("null", sandboxed frames) names no host.
    }
  }
  return hosts;
}

/** Live settings of one page: current values, the page's state, and change notifications. */
export interface PageSettings {
  readonly settings: Settings;
  readonly state: PageState;
  /** Calls `cb` after every change (a setting, or the pause running out) until `signal` aborts. */
  onChange(cb: (page: PageSettings) => void, signal: AbortSignal): void;
}

// setTimeout stores its delay as a signed 32-bit integer; longer delays fire at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Reads the settings and keeps them current: storage changes from any tab or page arrive here, and a
 * timer re-evaluates the state when a pause runs out (storage does not change then). Stops on `signal`.
 *
 * It starts watching before it reads, and a change that arrives while the read is under way wins over
 * the read's (older) answer: a site switched off while this page loads must not keep highlighting.
 */
export async function watchPageSettings(
  signal: AbortSignal,
  host: string | readonly string[] = frameHosts(),
): Promise<PageSettings> {
  let changed: Settings | undefined;
  let ready = false;
  watchSettings((settings) => {
    if (!ready) {
      changed = settings;
      return;
    }
    page.settings = settings;
    refresh();
  }, signal);
  const read = await getSettings();
  const listeners = new Set<(page: PageSettings) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const page: { settings: Settings; state: PageState } & Pick<PageSettings, 'onChange'> = {
    settings: changed ?? read,
    state: 'active',
    onChange(cb, cbSignal) {
      if (cbSignal.aborted) return;
      listeners.add(cb);
      cbSignal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    },
  };

  const evaluate = (): void => {
    const now = Date.now();
    page.state = pageState(page.settings, host, now);
    clearTimeout(timer);
    if (page.state === 'paused') {
      timer = setTimeout(refresh, Math.min(page.settings.pausedUntil - now + 50, MAX_TIMER_MS));
    }
  };
  const refresh = (): void => {
    if (signal.aborted) return;
    evaluate();
    for (const cb of listeners) cb(page);
  };

  evaluate();
  ready = true;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return page;
}

/** The detection options for the page's current settings. */
export const detectionOptions = (page: Pick<PageSettings, 'settings' | 'state'>): DetectionOptions => ({
  enabled: page.state === 'active',
  nameGroups: structuredClone(page.settings.nameGroups),
});

/** The number the badge should show: none when highlighting is off here or the badge is switched off. */
export const badgeCount = (page: Pick<PageSettings, 'settings' | 'state'>, mentions: number): number =>
  page.state === 'active' && page.settings.showBadge ? mentions : 0;

/** Calls `cb` when the detection options change (not for style or card settings) until `signal` aborts. */
export function watchDetectionOptions(
  page: PageSettings,
  cb: (options: DetectionOptions) => void,
  signal: AbortSignal,
): void {
  let last = JSON.stringify(detectionOptions(page));
  page.onChange((p) => {
    const next = detectionOptions(p);
    const key = JSON.stringify(next);
    if (key === last) return;
    last = key;
    cb(next);
  }, signal);
}
