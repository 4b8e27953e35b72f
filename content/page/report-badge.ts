import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendToBackground } from '../../utils/messaging';
import { badgeCount, type PageSettings } from './page-settings';
import { watchLocation } from './watch-location';
import type { DetectionSession } from '../detection/detection-session';

/** At most one badge report per this many ms while mentions keep changing. */
const REPORT_MS = 250;

/**
 * Top frame only: keeps the tab's badge equal to the page's mention count (contract 1), sending only
 * when the number changes, and again whenever Chromium may have cleared it.
 */
export function reportBadge(ctx: ContentScriptContext, page: PageSettings, session: DetectionSession): void {
  // The background cleared the badge when the page started loading: 0 needs no message until a
  // number was shown. Reports are coalesced (a page adding mentions fast sends one per 250 ms).
  let reported = 0;
  // Plain timers with one abort listener between them: WXT's ctx.setTimeout adds a listener to
  // ctx.signal on every call and never removes it, which a page changing all day would pile up.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let again: ReturnType<typeof setTimeout> | undefined;
  const send = (force: boolean): void => {
    timer = undefined;
    const count = badgeCount(page, session.count);
    if ((count === reported && !force) || ctx.isInvalid) return;
    reported = count;
    void sendToBackground('mentionCount', { count });
  };
  const report = (force = false): void => {
    if (ctx.signal.aborted) return;
    if (force) return send(true);
    timer ??= setTimeout(() => send(false), REPORT_MS);
  };
  /** Reports again once the page has settled after something that clears the badge. */
  const reportSoon = (): void => {
    if (ctx.signal.aborted) return;
    clearTimeout(again);
    again = setTimeout(() => report(true), 500);
  };
  ctx.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      clearTimeout(again);
    },
    { once: true },
  );
  // The background asks when the tab finished loading after any frame navigated (background/badge.ts).
  onMessage('reportCount', () => report(true), ctx.signal);
  page.onChange(() => report(), ctx.signal);
  session.onChange(() => report(), ctx.signal);
  // The background clears the badge when the tab starts loading, which Chromium also signals for
  // same-document (SPA) navigations: report again once that has happened and the new route rendered.
  watchLocation(reportSoon, ctx.signal);
  // Back/Forward restores a page from the back-forward cache without running this script again, and the
  // tab's "loading" cleared the badge: report again.
  // Only the browser's own events (isTrusted): a page script dispatching them must not make us send.
  ctx.addEventListener(window, 'pageshow', (e) => {
    if (e.isTrusted && e.persisted) reportSoon();
  });
  // An iframe navigating also flips the tab to "loading" (measured in Chromium: every subframe navigation
  // after load), which clears the badge: report again when a frame has loaded. `load` does not bubble,
  // but it does pass the document in the capture phase.
  ctx.addEventListener(
    document,
    'load',
    (e) => {
      const frame = e.target instanceof HTMLIFrameElement || e.target instanceof HTMLFrameElement;
      // Coalesced like a route change: a page churning about:blank frames gets a trusted load each time.
      if (frame && e.isTrusted) reportSoon();
    },
    { capture: true },
  );
  send(false);
}
