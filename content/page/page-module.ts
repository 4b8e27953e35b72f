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
 * Loads the page module and starts it in this frame. A load that fails while the extension is still
 * there (the page went into the back/forward cache while the background was injecting, which closes
 * the message channel) is tried again when the page is shown again, so a restored page gets its marks.
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
      await new Promise<void>((resolve) =>
        ctx.addEventListener(window, 'pageshow', (e) => e.isTrusted && resolve()),
      );
    }
  }
}
