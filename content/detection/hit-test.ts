import type { Mention } from './mention';
import type { MentionListener } from './mention-store';
import { isInSkippedSubtree } from './skip-rules';

/** Finds the mention under a viewport point; kept current by the store it listens to. */
export interface HitTester extends MentionListener {
  /**
   * The mention under (x, y), or null. Pass the pointer event's target when known: it saves the
   * elementFromPoint call of the first filter.
   */
  hitTest(x: number, y: number, target?: Element | null): Mention | null;
  /**
   * The mention under (x, y) beneath whatever covers it (a card's stretched link, an overlay), or null:
   * for a pointer at rest where `hitTest` found none. Costs one elementsFromPoint, so never per move.
   */
  hitTestBelow(x: number, y: number): Mention | null;
}

interface Interval {
  readonly mention: Mention;
  readonly start: number;
  readonly end: number;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      o?: { shadowRoots?: ShadowRoot[] },
    ) => CaretPosition | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** True when one of the range's boxes contains the viewport point. */
export function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The elements whose own text holds `node`'s mention part, and the shadow hosts above it. */
function holdersOf(node: Text): Element[] {
  const out: Element[] = node.parentElement ? [node.parentElement] : [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    out.push(root.host);
  }
  return out;
}

/**
 * True when `cover` is part of the same box as `holder`: their nearest common ancestor is below <body>,
 * and nothing from the cover up to it is fixed, sticky or a dialog (a header, banner or modal is drawn
 * over the page, not over one card of it). Read only for a pointer at rest.
 */
function coversWithin(cover: Element, holder: Element): boolean {
  for (let el: Element | null = cover; el; el = el.parentElement) {
    if (el.contains(holder)) return el !== document.body && el !== document.documentElement;
    if (el.localName === 'dialog' || el.getAttribute('aria-modal') === 'true') return false;
    const { position } = getComputedStyle(el);
    if (position === 'fixed' || position === 'sticky') return false;
  }
  return false;
}

/**
 * Hit-testing in three steps, cheapest first: (1) is the element under the pointer one that holds a
 * mention? (a Map lookup; most pointer moves stop here); (2) caret position → the text node's mention
 * intervals (a Map lookup); (3) the candidate's client rects contain the point (the caret snaps to the
 * nearest character even beyond the text). `highlightsFromPoint` measured 2–4 ms per call on big pages.
 * The index is updated per added or removed mention, never rebuilt. A hit inside a region that became
 * editable since it was scanned is not a hit (the skip rule).
 */
export function createHitTester(shadowRoots: () => ShadowRoot[]): HitTester {
  /** Text node → its mention parts, and the holder elements counted for it (as they were when added). */
  const byNode = new Map<Text, { intervals: Interval[]; holders: readonly Element[] }>();
  /** Holder element → number of text nodes under it that hold a mention part. */
  const holders = new Map<Element, number>();
  return {
    added(mention) {
      const { nodes, startNode, startOffset, endNode, endOffset } = mention;
      for (const node of nodes) {
        const start = node === startNode ? startOffset : 0;
        const end = node === endNode ? endOffset : node.length;
        const entry = byNode.get(node);
        if (entry) {
          entry.intervals.push({ mention, start, end });
          continue;
        }
        const held = holdersOf(node);
        byNode.set(node, { intervals: [{ mention, start, end }], holders: held });
        for (const el of held) holders.set(el, (holders.get(el) ?? 0) + 1);
      }
    },
    removed(mention) {
      for (const node of mention.nodes) {
        const entry = byNode.get(node);
        if (!entry) continue;
        entry.intervals = entry.intervals.filter((i) => i.mention !== mention);
        if (entry.intervals.length > 0) continue;
        byNode.delete(node);
        for (const el of entry.holders) {
          const n = (holders.get(el) ?? 1) - 1;
          if (n > 0) holders.set(el, n);
          else holders.delete(el);
        }
      }
    },
    hitTest(x, y, target) {
      if (byNode.size === 0) return null;
      let el = target ?? document.elementFromPoint(x, y);
      // elementFromPoint and event targets are retargeted to the shadow host: look inside.
      while (el?.shadowRoot && holders.has(el)) {
        const inner = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === el) break;
        el = inner;
      }
      if (!el || !holders.has(el)) return null;
      const caret = caretAt(x, y, shadowRoots());
      const intervals =
        caret && caret.node.nodeType === 3 ? byNode.get(caret.node as Text)?.intervals : undefined;
      if (!caret || !intervals) return null;
      for (const { mention, start, end } of intervals) {
        if (caret.offset >= start && caret.offset <= end && rectsContain(mention.range, x, y)) {
          return isInSkippedSubtree(mention.startNode) ? null : mention;
        }
      }
      return null;
    },
    hitTestBelow(x, y) {
      if (byNode.size === 0) return null;
      // Every element at the point, top first; a holder's own text nodes are where its mentions are.
      const stack = document.elementsFromPoint(x, y);
      for (const el of stack) {
        if (!holders.has(el)) continue;
        // Only a cover that is part of the mention's own box (a card's stretched link), never a header,
        // banner or dialog drawn over the page: the reader cannot see what is under those.
        if (!coversWithin(stack[0]!, el)) return null;
        for (const node of el.childNodes) {
          const intervals = node.nodeType === 3 ? byNode.get(node as Text)?.intervals : undefined;
          for (const { mention } of intervals ?? [])
            if (rectsContain(mention.range, x, y))
              return isInSkippedSubtree(mention.startNode) ? null : mention;
        }
      }
      return null;
    },
  };
}
