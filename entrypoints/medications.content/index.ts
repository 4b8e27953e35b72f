import { defineContentScript } from 'wxt/utils/define-content-script';
import { applyHighlightStyle } from '../../content/page/highlight-style';
import {
  detectionSettings,
  watchPageSettings,
  watchDetectionSettings,
} from '../../content/page/page-settings';
import { startCard } from '../../content/card/setup';
import { startDetection } from '../../content/detection/detection-session';
import { answerPageInfo } from '../../content/page/page-info';
import { answerToggleSite } from '../../content/page/toggle-site';
import { reportBadge } from '../../content/page/report-badge';
import './style.css';

// Runs in every frame (allFrames): each same- or cross-origin iframe gets its own detection session;
// only the top frame reports to the badge (contract 1).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const page = await watchPageSettings(ctx.signal);
    if (ctx.isInvalid) return;
    const session = startDetection(ctx, detectionSettings(page));
    startCard(ctx, session, page);
    // When the extension is updated, reloaded or switched off, Chromium injects nothing into open tabs and
    // never tells this (now orphaned) script; WXT notices only when ctx.isInvalid is read. Read it whenever
    // the reader moves or returns, so highlights and the card go with the first movement
    // (tests/e2e/lifecycle.e2e.test.ts). The read is a property check: cheap enough for pointermove.
    for (const type of ['pointermove', 'focusin', 'visibilitychange'] as const) {
      ctx.addEventListener(document, type, () => void ctx.isInvalid, { capture: true, passive: true });
    }
    applyHighlightStyle(page, ctx.signal);
    // Rescan only when what is detected changes (on/off, name groups), not on e.g. a colour change.
    watchDetectionSettings(page, (options) => session.update(options), ctx.signal);

    if (window !== window.top) return;
    answerPageInfo(page, () => session.mentions, ctx.signal);
    answerToggleSite(ctx.signal);
    reportBadge(ctx, page, session);
  },
});
