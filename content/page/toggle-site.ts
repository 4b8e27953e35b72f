import { onMessage } from '../../utils/messaging';
import { isSiteDisabled, setSiteEnabled } from '../../utils/site-patterns';
import { getSettings, updateSettings } from '../../utils/storage';

/**
 * Switches highlighting on or off for a host: off adds it to the disabled list, on removes every
 * pattern covering it. Resolves to the new state. Every tab on the site follows through storage.
 */
export async function toggleSite(host: string): Promise<boolean> {
  const { disabledSites } = await getSettings();
  const enabled = isSiteDisabled(host, disabledSites);
  await updateSettings({ disabledSites: setSiteEnabled(disabledSites, host, enabled) });
  return enabled;
}

/** Answers the `toggle-site` keyboard command in the top frame until `signal` aborts. */
export function answerToggleSite(signal: AbortSignal): void {
  if (window !== window.top || location.hostname === '') return;
  onMessage(
    'toggleSite',
    async () => ({ host: location.hostname, enabled: await toggleSite(location.hostname) }),
    signal,
  );
}
