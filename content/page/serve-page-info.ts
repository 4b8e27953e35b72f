import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadLazyModule } from '../../utils/lazy-module';
import type { PageInfoModule } from './page-info';
import { startPage } from './start-page';

/**
 * Serves one open popup (top frame only) through the port it opened: the page pushes what it shows,
 * again after every change (content/page/page-info.ts, loaded into the page the first time a popup
 * asks). A page without mentions has not started yet (the fast path): the popup's question starts it.
 */
export function servePopup(ctx: ContentScriptContext, port: Browser.runtime.Port): void {
  Promise.all([startPage(ctx), loadLazyModule<PageInfoModule>('page-info')]).then(
    ([{ page, session }, module]) => module.serve(port, page, session, ctx.signal),
    () => port.disconnect(),
  );
}
