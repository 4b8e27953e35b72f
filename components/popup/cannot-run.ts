/** Plain-language reasons why MedGlance cannot run on a tab, keyed on what the popup can know about it. */

const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/**
 * Why no content script answered in a tab. `url` is only known for web pages (the content-script match
 * patterns grant it); browser pages show no URL to an extension without the `tabs` permission.
 */
export function cannotRunReason(url: string | undefined): string {
  if (!url) {
    return "This is one of the browser's own pages (like settings, a new tab or another extension), where extensions can't run.";
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "MedGlance can't read this page.";
  }
  if (parsed.protocol === 'file:') return "MedGlance doesn't read files on your computer, only web pages.";
  if (!/^https?:$/.test(parsed.protocol)) {
    return "This is one of the browser's own pages (like settings, a new tab or another extension), where extensions can't run.";
  }
  if (STORE_HOSTS.has(parsed.hostname)) {
    return 'Extension stores block all extensions on their pages, for your safety.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return "This looks like a PDF. The browser's PDF viewer doesn't let extensions read the document.";
  }
  return 'MedGlance is not running on this page yet. If the page was open before MedGlance was installed or updated, reload it and try again.';
}
