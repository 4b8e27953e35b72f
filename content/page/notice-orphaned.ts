import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * When the extension is updated, reloaded or switched off, Chromium injects nothing into open tabs and
 * never tells this (now orphaned) script; WXT notices only when `ctx.isInvalid` is read. Read it whenever
 * the reader moves or returns, so highlights and the card go with the first movement
 * (tests/e2e/lifecycle.e2e.test.ts). The read is a property check: cheap enough for pointermove.
 */
export function noticeOrphaned(ctx: ContentScriptContext): void {
  for (const type of ['pointermove', 'focusin', 'visibilitychange'] as const) {
    ctx.addEventListener(document, type, () => void ctx.isInvalid, { capture: true, passive: true });
  }
}
