import { isSiteDisabled, setSiteEnabled } from '../../utils/site-patterns';
import { updateSettings } from '../../utils/storage';

/**
 * Switches highlighting on or off for a host: off adds it to the disabled list, on removes every
 * pattern covering it. Resolves to the new state. Every tab on the site follows through storage.
 * Read and write happen inside the settings update queue, so the shortcut pressed twice quickly toggles
 * twice (off, then on) instead of both presses reading the same old list.
 */
export async function toggleSite(host: string): Promise<boolean> {
  let enabled = false;
  await updateSettings((current) => {
    enabled = isSiteDisabled(host, current.disabledSites);
    return { disabledSites: setSiteEnabled(current.disabledSites, host, enabled) };
  });
  return enabled;
}

/** The `toggle-site` keyboard command in the top frame: switches this page's site on or off. */
export async function toggleThisSite(): Promise<{ host: string; enabled: boolean }> {
  return { host: location.hostname, enabled: await toggleSite(location.hostname) };
}
