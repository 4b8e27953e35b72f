import { sendToBackground } from './messaging';

/** True in the extension's own pages and its service worker; false in content scripts (web pages). */
export const inExtensionContext = (): boolean =>
  typeof location === 'undefined' || location.protocol.endsWith('-extension:');

/**
 * Reports an error our code caught and carried on after (a failed rescan, a refused stylesheet, a
 * card that could not mount), so a bug shows up as an error instead of only a wrong count. Development
 * builds only: production stays silent toward the page. A content script's console is the web page's,
 * so it forwards the report to the background, which logs it in the extension's own console.
 */
export function reportCaught(where: string, error: unknown): void {
  if (!import.meta.env.DEV) return;
  const text = `${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.slice(
    0,
    2000,
  );
  if (inExtensionContext()) console.warn('[MedGlance dev]', text);
  else void sendToBackground('caughtError', { text });
}
