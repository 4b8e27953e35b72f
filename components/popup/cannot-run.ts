import type { MessageKey } from '../../i18n/translate';

/** Plain-language reasons why MedGlance cannot run on a tab, keyed on what the popup can know about it. */

const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/**
 * Why no content script answered in a tab (a message key). `url` is only known for web pages (the
 * content-script match patterns grant it); browser pages show no URL to an extension without `tabs`.
 */
export function cannotRunReason(url: string | undefined): MessageKey {
  if (!url) return 'popup.cannotRun.browserPage';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'popup.cannotRun.unreadable';
  }
  if (parsed.protocol === 'file:') return 'popup.cannotRun.file';
  if (!/^https?:$/.test(parsed.protocol)) return 'popup.cannotRun.browserPage';
  if (STORE_HOSTS.has(parsed.hostname)) return 'popup.cannotRun.store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'popup.cannotRun.pdf';
  return 'popup.cannotRun.notYet';
}
