import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportCaught } from '../../utils/dev-log';
import { loadLazyModule } from '../../utils/lazy-module';

/**
 * The lazily loaded half of the content script (entrypoints/page.ts → page.js): detection, marks and
 * their style, settings, the hover intent and the badge. The content script injected into every frame
 * holds only the presence check (content/detection/watch-for-names.ts) and, in the top frame, the
 * answers that start the page on request; a frame evaluates this module once a name may be on it or the
 * popup or a keyboard command asks about the page. Only types and this loader cross over.
 */
export interface PageModule {
  /** Starts MedGlance in this frame (once per `ctx`; later calls wait for the same start). */
  start(ctx: ContentScriptContext): Promise<void>;
  /** Top frame: pushes what the page shows to an open popup through its port, starting the page if needed. */
  servePopup(ctx: ContentScriptContext, port: Browser.runtime.Port): void;
  /** Top frame: switches highlighting on this site on or off; resolves to the new state. */
  toggleSite(): Promise<{ host: string; enabled: boolean }>;
}

/** The page module, injected into this frame on first use (utils/lazy-module.ts). */
export const loadPageModule = (): Promise<PageModule> => loadLazyModule<PageModule>('page');

/**
 * Resolves when the page is shown again: restored from the back/forward cache, activated after a
 * prerender, or its tab made visible (trusted events only: a page cannot make us ask again).
 */
function shownAgain(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const heard = new AbortController();
    const signal = AbortSignal.any([ctx.signal, heard.signal]);
    const done = (e: Event): void => {
      if (!e.isTrusted || (e.type === 'visibilitychange' && document.hidden)) return;
      heard.abort();
      resolve();
    };
    window.addEventListener('pageshow', done, { signal });
    for (const type of ['prerenderingchange', 'visibilitychange'])
      document.addEventListener(type, done, { signal });
  });
}

/**
 * Loads the page module and starts it in this frame. A load that fails while the extension is still
 * there (the page went into the back/forward cache while the background was injecting, which closes
 * the message channel; or a prerendered page the browser would not inject into yet) is tried again
 * when the page is shown again, so a restored or activated page gets its marks.
 */
export async function runPageModule(ctx: ContentScriptContext): Promise<void> {
  while (!ctx.isInvalid) {
    try {
      const module = await loadPageModule();
      if (!ctx.isInvalid) await module.start(ctx);
      return;
    } catch (error) {
      reportCaught('page module', error);
      if (ctx.isInvalid) return;
      await shownAgain(ctx);
    }
  }
}
