import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messaging';

/**
 * The toolbar badge: the number of mentions in the tab's top-level page (contract 1), as the page's top
 * frame reports it; iframes never report. A new page starts with an empty badge until its content
 * script reports (it may never run there).
 */
export function keepBadge(): void {
  onMessage('mentionCount', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
}
