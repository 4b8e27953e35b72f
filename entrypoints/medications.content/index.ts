import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenFrameMayMention } from '../../content/detection/watch-for-names';
import { answerTopFrameWhenAsked } from '../../content/page/answer-top-frame';
import { runPageModule } from '../../content/page/page-module';

// Runs in every frame (allFrames): each same- or cross-origin iframe gets its own detection session;
// only the top frame reports to the badge (contract 1) and answers the popup and the keyboard commands:
// the popup's port and the site switch from when one of them first asks (utils/wake-top-frame.ts), the
// "next mention" command once the page module runs.
// This script is only the presence check and those answers: everything else is the page module
// (content/page/page-module.ts), evaluated in a frame once a name may be on it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without a URL of their own belong to the page that made them, and are read by its origin:
  // srcdoc posts and e-mail bodies, about:blank ad and widget frames filled in by script, iframe
  // editors (skipped in design mode), previews from the page's own blob: URLs.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // Nothing the page can receive (DESIGN.md contract 6); the CustomEvent is removed by
  // scripts/quiet-content-script.ts.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    answerTopFrameWhenAsked(ctx);
    // Most frames never mention a name: until one may, nothing but the presence check runs.
    await whenFrameMayMention(ctx.signal);
    await runPageModule(ctx);
  },
});
