import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../i18n/translate';
import { isPageInfo, PAGE_INFO_PORT, type PageInfo } from '../../utils/messaging';
import { wakeTopFrame } from '../../utils/wake-top-frame';
import { cannotRunReason } from './cannot-run';

export type PageStatus =
  | { readonly kind: 'loading' }
  /** The tab is still loading and no content script has started in it yet; asked again until one has. */
  | { readonly kind: 'page-loading' }
  | { readonly kind: 'ready'; readonly tabId: number; readonly info: PageInfo }
  | { readonly kind: 'cannot-run'; readonly reason: MessageKey };

/** A web page still loading has no content script yet: try to connect this many times, this far apart. */
const CONNECT_TRIES = 4;
const RETRY_MS = 500;
/** A page still loading is waited for this long at most: one whose script never starts then says so. */
const LOADING_WAIT_MS = 30_000;

/**
 * The tab the popup is about: `?tab=<id>` when given (tests open the popup as a tab; harmless in
 * production since it only picks which of the user's tabs to describe), else the active tab.
 */
async function targetTab(): Promise<{ id: number; url?: string; loading: boolean } | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isSafeInteger(param) && param > 0
      ? await browser.tabs.get(param).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, loading: tab.status === 'loading' };
}

/**
 * What the content script in the target tab reports, kept current while the popup is open: the popup
 * opens a port to the tab's top frame and the page pushes a new PageInfo whenever it changes (no
 * polling: a popup left open costs the page nothing while nothing changes).
 */
export function usePageInfo(): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    let stopped = false;
    let port: ReturnType<typeof browser.tabs.connect> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const openedAt = Date.now();
    const connect = async (tries: number): Promise<void> => {
      const tab = await targetTab();
      if (stopped) return;
      const mayStillStart = /^https?:/.test(tab?.url ?? '') && tries > 1;
      if (!tab) return setStatus({ kind: 'cannot-run', reason: cannotRunReason(undefined) });
      const tryLater = (): void => {
        // A web page still loading starts its content script once its document is parsed: say so, and
        // ask again while it loads (a page may stream in for a long time), up to LOADING_WAIT_MS. Only
        // where MedGlance may run: a store page or a PDF says why not at once.
        const mayLoadInto = cannotRunReason(tab.url) === 'popup.cannotRun.notYet';
        if (tab.loading && mayLoadInto && Date.now() - openedAt < LOADING_WAIT_MS) {
          setStatus({ kind: 'page-loading' });
          retry = setTimeout(() => void connect(tries), RETRY_MS);
        } else if (mayStillStart) retry = setTimeout(() => void connect(tries - 1), RETRY_MS);
        else setStatus({ kind: 'cannot-run', reason: cannotRunReason(tab.url) });
      };
      // The content script answers once asked (utils/wake-top-frame.ts). None answers where MedGlance
      // cannot run, nor yet on a page still loading, which may start one.
      const awake = await wakeTopFrame(tab.id);
      if (stopped) return;
      if (!awake) return tryLater();
      let answered = false;
      try {
        port = browser.tabs.connect(tab.id, { name: PAGE_INFO_PORT, frameId: 0 });
      } catch {
        port = undefined;
        return tryLater();
      }
      port.onMessage.addListener((message: unknown) => {
        if (stopped || !isPageInfo(message)) return;
        answered = true;
        setStatus({ kind: 'ready', tabId: tab.id, info: message });
      });
      port.onDisconnect.addListener(() => {
        // Read it, or Chromium logs "Unchecked runtime.lastError" when the content script went away.
        void browser.runtime.lastError;
        if (stopped) return;
        // The page went away (navigation, reload): connect to the next one, showing the last state until
        // it answers or is found still loading.
        if (answered) retry = setTimeout(() => void connect(CONNECT_TRIES), RETRY_MS);
        else tryLater();
      });
    };
    void connect(CONNECT_TRIES);
    return () => {
      stopped = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);
  return status;
}
