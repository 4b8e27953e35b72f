import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from './messaging';

/** The manifest command (wxt.config.ts) that switches highlighting on the current site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';

/**
 * Background side of the `toggle-site` keyboard command: asks the active tab's top frame to flip its
 * site in the disabled list. The page knows its own host, so no `tabs` permission is needed; pages where
 * MedGlance cannot run simply do not answer.
 */
export function listenForToggleSite(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendToTab(tabId, 'toggleSite', {});
    })();
  });
}
