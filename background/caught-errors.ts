import { onMessage } from '../utils/messaging';

/**
 * Development builds only: logs errors that content scripts caught (utils/dev-log.ts) in the extension's
 * console, where a developer looks, instead of the web page's.
 */
export function logCaughtErrors(): void {
  if (!import.meta.env.DEV) return;
  onMessage('caughtError', ({ text }, sender) => {
    console.warn('[MedGlance dev] caught on', sender.url ?? 'a page', '\n', text);
  });
}
