import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../utils/messaging';
import { wakeTopFrame } from '../utils/wake-top-frame';

/**
 * The manifest's keyboard commands (wxt.config.ts): `next-mention` (Alt+Shift+M) asks the tab's top
 * frame to open the next mention's card; `toggle-site` (Alt+Shift+H) asks it to flip its site in the
 * disabled list. The page knows its own host, so no `tabs` permission is needed; pages where MedGlance
 * cannot run simply do not answer.
 */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      if (command === 'next-mention') await sendToTab(tabId, 'nextMention', {});
      // The site switch works on a page without a name too, whose content script answers only when asked.
      if (command === 'toggle-site' && (await wakeTopFrame(tabId))) await sendToTab(tabId, 'toggleSite', {});
    })();
  });
}
