import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab, type MentionSummary, type PageInfo } from '../../utils/messaging';
import { cannotRunReason } from './cannot-run';

export type PageStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly tabId: number; readonly info: PageInfo }
  | { readonly kind: 'cannot-run'; readonly reason: string };

const STATES: readonly string[] = ['active', 'off', 'site-disabled', 'paused'];

/** The reply crosses a process boundary: checked before use like every message (a page can't forge it,
 * but a stale content script from an older version could answer in an older shape). */
export function isPageInfo(v: unknown): v is PageInfo {
  if (typeof v !== 'object' || v === null) return false;
  const info = v as Record<string, unknown>;
  return (
    typeof info.host === 'string' &&
    typeof info.state === 'string' &&
    STATES.includes(info.state) &&
    Number.isSafeInteger(info.count) &&
    Array.isArray(info.mentions) &&
    info.mentions.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        Number.isSafeInteger((m as MentionSummary).index) &&
        typeof (m as MentionSummary).name === 'string' &&
        typeof (m as MentionSummary).snippet === 'string',
    )
  );
}

// While open, the popup asks again now and then: a page can keep finding mentions (long or dynamic
// pages), and a settings change reaches the page and the popup in no fixed order.
const REFRESH_MS = 700;
const STARTUP_TRIES = 3;

/**
 * The tab the popup is about: `?tab=<id>` when given (tests open the popup as a tab; harmless in
 * production since it only picks which of the user's tabs to describe), else the active tab.
 */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isSafeInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => undefined);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** What the content script in the target tab reports, kept fresh while the popup is open. */
export function usePageInfo(): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    let stopped = false;
    let misses = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (): Promise<void> => {
      const tab = await targetTab();
      const reply: unknown = tab ? await sendToTab(tab.id, 'getPageInfo', {}) : undefined;
      const info = isPageInfo(reply) ? reply : undefined;
      if (stopped) return;
      misses = info ? 0 : misses + 1;
      // A web page still loading has no content script yet: keep "looking" for a moment before saying
      // MedGlance can't run there. Pages it can never run on have no http(s) URL and are told at once.
      const mayStillStart = /^https?:/.test(tab?.url ?? '') && misses < STARTUP_TRIES;
      if (tab && info) setStatus({ kind: 'ready', tabId: tab.id, info });
      else if (!mayStillStart) {
        setStatus((prev) =>
          prev.kind === 'ready' ? prev : { kind: 'cannot-run', reason: cannotRunReason(tab?.url) },
        );
      }
      timer = setTimeout(() => void ask(), REFRESH_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return status;
}
