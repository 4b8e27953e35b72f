import { browser, type Browser } from 'wxt/browser';
import { loadLazyModule } from '../../utils/lazy-module';
import { PAGE_INFO_PORT } from '../../utils/messaging';
import type { DetectionSession } from '../detection/detection-session';
import type { PageInfoModule } from './page-info';
import type { PageSettings } from './page-settings';

/**
 * Serves the popup while it is open (top frame only): the popup opens a port and the page pushes what
 * it shows, again after every change (content/page/page-info.ts, loaded into the page the first time a
 * popup asks). Nothing runs while no popup is open.
 */
export function servePageInfo(
  page: PageSettings,
  session: Pick<DetectionSession, 'mentions' | 'onChange'>,
  signal: AbortSignal,
): void {
  const onConnect = (port: Browser.runtime.Port): void => {
    if (port.name !== PAGE_INFO_PORT) return;
    loadLazyModule<PageInfoModule>('page-info').then(
      (module) => module.serve(port, page, session, signal),
      () => port.disconnect(),
    );
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
}
