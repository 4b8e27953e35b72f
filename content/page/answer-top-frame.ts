import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, PAGE_INFO_PORT } from '../../utils/messaging';
import { isTopFrame } from '../../utils/frame';
import { WAKE_GLOBAL } from '../../utils/wake-top-frame';
import { loadPageModule } from './page-module';

/**
 * What the top frame answers before anything else of MedGlance runs in it (the content script's own
 * part): the popup's port and the site switch's keyboard command. Each loads the page module
 * (content/page/page-module.ts) on first use, so a page that mentions nothing pays for it only when
 * someone asks. The popup's "reveal" and the "next mention" command need mentions, and the page module
 * answers them once it runs. Stops when `ctx` is invalidated.
 */
function answerTopFrame(ctx: ContentScriptContext): void {
  const onConnect = (port: Browser.runtime.Port): void => {
    if (port.name !== PAGE_INFO_PORT) return;
    loadPageModule().then(
      (module) => module.servePopup(ctx, port),
      () => port.disconnect(),
    );
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), {
    once: true,
  });
  // A page without a host (file:, data:) has no site to switch.
  if (location.hostname !== '')
    onMessage('toggleSite', async () => (await loadPageModule()).toggleSite(), ctx.signal);
}

/**
 * Answers, in a tab's top frame, from when the popup or the background first asks
 * (utils/wake-top-frame.ts), not before, so a page nobody asks about never reads an extension API.
 * Asking again changes nothing; a frame that is not the top one, or a content script whose extension
 * context is gone, says no.
 */
export function answerTopFrameWhenAsked(ctx: ContentScriptContext): void {
  let answering = false;
  // On `globalThis`, not `window`: in Firefox's content-script sandbox `window` is the page's window
  // seen through Xrays, and the wake looks for an own property of the sandbox's global.
  (globalThis as unknown as Record<string, unknown>)[WAKE_GLOBAL] = (): boolean => {
    // Only a tab's top frame answers (the wake only ever asks it). Asked here, not when the script
    // starts: `window.top` from a cross-origin frame is a costly first touch, and most frames are
    // never asked.
    if (!isTopFrame() || ctx.isInvalid) return false;
    if (!answering) {
      answering = true;
      answerTopFrame(ctx);
    }
    return true;
  };
}
