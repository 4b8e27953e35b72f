// TEMPORARY STAND-IN: used only until content/detection-session.ts lands; the committed bench measures the
// real modules (see detection-under-test.ts). Uses the real matcher; scanner/highlighter/hit-test are minimal.
import { compileMatcher } from '../content/match-names';
import { ISOTRETINOIN_NAMES } from '../medications/isotretinoin-names';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);

/** A running stand-in session: scan + highlight done, observer live. */
export interface StandInSession {
  readonly matches: () => number;
  hitTest(x: number, y: number): Range | null;
  stop(): void;
}

const walker = (root: Node): TreeWalker =>
  document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : SKIP.has((n as Element).tagName) || (n as HTMLElement).isContentEditable
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });

/** Scans the body in ~8 ms slices, highlights with CSS.highlights, then watches appended nodes. */
export async function startStandIn(): Promise<StandInSession> {
  const matcher = compileMatcher(ISOTRETINOIN_NAMES);
  const highlight = new Highlight();
  CSS.highlights.set('medglance-mention', highlight);
  const byNode = new Map<Text, Range[]>();
  const holders = new Set<Element>();
  const scan = (text: Text): void => {
    const found = matcher.findAll(text.data);
    if (!found.length) return;
    const ranges = found.map((m) => {
      const r = new Range();
      r.setStart(text, m.index);
      r.setEnd(text, m.index + m.length);
      highlight.add(r);
      return r;
    });
    byNode.set(text, ranges);
    if (text.parentElement) holders.add(text.parentElement);
  };
  if (matcher.test(document.body.textContent ?? '')) {
    const w = walker(document.body);
    let deadline = performance.now() + 8;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      scan(n as Text);
      if (performance.now() > deadline) {
        await new Promise((ok) => setTimeout(ok, 0));
        deadline = performance.now() + 8;
      }
    }
  }
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.TEXT_NODE) scan(n as Text);
        else if (n.nodeType === Node.ELEMENT_NODE && !SKIP.has((n as Element).tagName)) {
          const w = walker(n);
          for (let t = w.nextNode(); t; t = w.nextNode()) scan(t as Text);
        }
      }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    matches: () => highlight.size,
    hitTest(x, y) {
      const el = document.elementFromPoint(x, y);
      if (!el || !holders.has(el)) return null;
      const pos = document.caretPositionFromPoint(x, y);
      const ranges = pos && byNode.get(pos.offsetNode as Text);
      return ranges?.find((r) => r.startOffset <= pos!.offset && pos!.offset < r.endOffset) ?? null;
    },
    stop() {
      observer.disconnect();
      CSS.highlights.delete('medglance-mention');
    },
  };
}
