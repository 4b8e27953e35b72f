import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenFrameMayMention } from '../../content/detection/watch-for-names';
import { noticeOrphaned } from '../../content/page/notice-orphaned';
import { servePageInfo } from '../../content/page/serve-page-info';
import { pageStarter } from '../../content/page/start-page';
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
    const start = pageStarter(ctx);
    if (isTopFrame()) {
      servePageInfo(start, ctx.signal);
      answerToggleSite(ctx.signal);
    }
    // Most frames never mention a name: until one may, nothing but the presence check runs.
    await whenFrameMayMention(ctx.signal);
    if (ctx.isInvalid) return;
    // Only now is there anything to take down when the extension goes away (three listeners saved per
    // frame that never mentions a name).
    noticeOrphaned(ctx);
    await start();
  },
});
