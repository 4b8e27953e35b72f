import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '../../content/detection/detection-session';
import { applyHighlightStyle } from '../../content/page/highlight-style';
import { keepMarks } from '../../content/page/keep-marks';
import { noticeOrphaned } from '../../content/page/notice-orphaned';
import { servePageInfo } from '../../content/page/serve-page-info';
import { detectionOptions, watchDetectionOptions, watchPageSettings } from '../../content/page/page-settings';
import { reportBadge } from '../../content/page/report-badge';
import { startCard } from '../../content/page/start-card';
import { answerToggleSite } from '../../content/page/toggle-site';
import { isTopFrame } from '../../utils/frame';
import './style.css';

// Runs in every frame (allFrames): each same- or cross-origin iframe gets its own detection session;
// only the top frame reports to the badge (contract 1) and answers the popup and keyboard commands.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // Nothing the page can receive (DESIGN.md contract 6); the CustomEvent is removed by
  // scripts/quiet-content-script.ts.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const page = await watchPageSettings(ctx.signal);
    if (ctx.isInvalid) return;
    const session = startDetection(ctx, detectionOptions(page));
    // Rescan only when what is detected changes (on/off, name groups), not on e.g. a colour change.
    watchDetectionOptions(page, (options) => session.update(options), ctx.signal);
    keepMarks(session, applyHighlightStyle(page, session, ctx.signal), ctx.signal);
    startCard(ctx, session, page);
    noticeOrphaned(ctx);
    if (!isTopFrame()) return;
    servePageInfo(page, session, ctx.signal);
    answerToggleSite(ctx.signal);
    reportBadge(ctx, page, session);
  },
});
