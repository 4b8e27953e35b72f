import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendToTab } from '../utils/messaging';
import { listenForToggleSite } from '../utils/toggle-site-command';

export default defineBackground(() => {
  // Badge = mentions in the tab's top-level page (contract 1); iframes never report.
  onMessage('mentionCount', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  });
  // A new page starts with an empty badge until its content script reports (it may never run there).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
  // Keyboard command (manifest `commands`, Alt+Shift+M): the tab's top frame opens the next mention's card.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'next-mention' && tab?.id !== undefined) void sendToTab(tab.id, 'nextMention', {});
  });
  // Keyboard command `toggle-site` (Alt+Shift+H): the tab's top frame flips its site in the disabled list.
  listenForToggleSite();
});
