import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../../utils/messaging';
import './style.css';

// Placeholder wiring (foundation): finds "isotretinoin" / "Isotroin" and marks them with the CSS Custom
// Highlight API. The detection issue replaces this with content/ modules.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const re = /isotretinoin|isotroin/giu;
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n as Text).data.matchAll(re)) {
        const r = new Range();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        ranges.push(r);
      }
    }
    CSS.highlights.set('medglance-mention', new Highlight(...ranges));
    if (window === window.top) void sendToBackground('mentionCount', { count: ranges.length });
    ctx.onInvalidated(() => CSS.highlights.delete('medglance-mention'));
  },
});
