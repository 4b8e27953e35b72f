import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messaging';

/**
 * Injects a lazy module (utils/lazy-module.ts: the card, the popup's page list) into the one frame that
 * asks, on first use: pages that never open a card never evaluate the card's code or text. It runs in
 * the content scripts' isolated world, so the page cannot see it. The name was validated against the
 * module list before it got here. Replies false when the frame is gone or cannot be scripted.
 */
export function serveLazyModules(): void {
  onMessage('loadModule', async ({ name }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return false;
    try {
      // The document that asked, where the browser names it (Chromium): a frame that navigated
      // meanwhile (or went into the back/forward cache) must not get the module in the next document.
      const { documentId } = sender as { documentId?: string };
      await browser.scripting.executeScript({
        target: documentId
          ? ({ tabId, documentIds: [documentId] } as unknown as { tabId: number })
          : { tabId, frameIds: [sender.frameId] },
        files: [`/${name}.js` as '/card.js'],
      });
      return true;
    } catch {
      return false;
    }
  });
}
