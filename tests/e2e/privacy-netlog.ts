import { readFileSync } from 'node:fs';

/** One network request as Chromium's net-log records it when the request starts. */
export interface LoggedRequest {
  url: string;
  /** Origin that caused the request (a page, an extension), or "not an origin" for browser-internal work. */
  initiator: string;
  method: string;
  requestType: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: Record<string, unknown> }>;
}

/**
 * Every URL request in a `--log-net-log` file. The net-log is written by Chromium's network service, so it
 * holds requests from every context: pages, iframes, content scripts, extension pages and the extension's
 * service worker alike (fetch, XHR, beacons, WebSocket handshakes, navigations, subresources).
 */
export function readNetLog(path: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(path, 'utf8')) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && typeof e.params?.url === 'string')
    .map((e) => ({
      url: e.params!.url as string,
      initiator: String(e.params!.initiator ?? 'not an origin'),
      method: String(e.params!.method ?? ''),
      requestType: String(e.params!.request_type ?? ''),
    }));
}

/** True for the test's own fixture server (both its origins) and in-browser schemes that never leave it. */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(u.protocol)) return true;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

/**
 * Background services of Chromium itself, present with or without any extension: network time
 * (clients2.google.com/time), the component updater (update.googleapis.com; --disable-component-update
 * does not stop its first check) and the Google-account cookie check (accounts.google.com/ListAccounts).
 * They start with no initiator origin ("not an origin"), which no page, content script or extension context
 * can produce: those always carry their origin. Tolerated only in that exact shape.
 */
const BROWSER_SERVICES: RegExp[] = [
  /^https?:\/\/clients2\.google\.com\/time\//,
  /^https?:\/\/update\.googleapis\.com\/service\/update2\//,
  /^https:\/\/accounts\.google\.com\/ListAccounts\?/,
];

/** True for a request Chromium makes on its own, not on behalf of a page or an extension. */
export function isBrowserService(r: LoggedRequest): boolean {
  return r.initiator === 'not an origin' && BROWSER_SERVICES.some((re) => re.test(r.url));
}
