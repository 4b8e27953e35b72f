import { browser } from 'wxt/browser';
import { resolveLocale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { onMessage, sendToTab } from '../utils/messaging';
import { getSettings } from '../utils/storage';

/**
 * The toolbar badge: the number of mentions in the tab's top-level page (contract 1), as the page's top
 * frame reports it; iframes never report. Its tooltip says the same in the reader's language. A new
 * page starts with an empty badge until its content script reports (it may never run there).
 * Chromium also flips the tab to "loading" when any frame in it navigates (an ad refreshing inside an
 * ad frame, a frame in a web component), which the top frame cannot hear of: once the tab is complete
 * again, the top frame is asked for its count (a page without a name has no listener, and no count).
 */
export function keepBadge(): void {
  onMessage('mentionCount', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    const t = translator(resolveLocale((await getSettings()).language));
    await browser.action.setTitle({ tabId, title: count > 0 ? t('badge.title', { count }) : 'MedGlance' });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
    else if (change.status === 'complete') void sendToTab(tabId, 'reportCount', {});
  });
}
