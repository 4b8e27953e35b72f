import { browser, type Browser } from 'wxt/browser';
import { loadLazyModule } from '../../utils/lazy-module';
import { PAGE_INFO_PORT } from '../../utils/messaging';
import type { PageInfoModule } from './page-info';
import type { RunningPage } from './start-page';

/**
 * Serves the popup while it is open (top frame only): the popup opens a port and the page pushes what
 * it shows, again after every change (content/page/page-info.ts, loaded into the page the first time a
 * popup asks). Nothing runs while no popup is open.
 */
export function servePageInfo(start: () => Promise<RunningPage>, signal: AbortSignal): void {
  const onConnect = (port: Browser.runtime.Port): void => {
    if (port.name !== PAGE_INFO_PORT) return;
    // A page without mentions has not started yet (the fast path): the popup's question starts it.
    Promise.all([start(), loadLazyModule<PageInfoModule>('page-info')]).then(
      ([{ page, session }, module]) => module.serve(port, page, session, signal),
      () => port.disconnect(),
    );
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
}
