import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Gap between the mention and the card, in CSS px. Small, so the pointer crosses it within the grace delay. */
const GAP = 6;
/** Minimum distance between the card and the viewport edges. */
const EDGE = 8;

const isVisible = (r: DOMRect) => r.width > 0 || r.height > 0;

/** Index of the line box of `range` under (or nearest to) `pointer`, so multi-line mentions anchor there. */
export function lineIndexAt(range: Range, pointer: { x: number; y: number } | null): number {
  const rects = [...range.getClientRects()].filter(isVisible);
  if (!pointer || rects.length < 2) return 0;
  let best = 0;
  let bestDistance = Infinity;
  rects.forEach((r, i) => {
    const dx = Math.max(r.left - pointer.x, 0, pointer.x - r.right);
    const dy = Math.max(r.top - pointer.y, 0, pointer.y - r.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

/**
 * A Floating UI virtual reference for a mention: across, the line the pointer is on; up and down, every
 * line of the mention, so a card below (or above) a wrapped mention covers none of its lines. The rect
 * is re-read on every call, so the card follows scrolling and reflow; `contextElement` lets autoUpdate
 * watch the mention's scroll parents.
 */
export function mentionReference(range: Range, line: number): VirtualElement {
  const container = range.commonAncestorContainer;
  return {
    getBoundingClientRect() {
      const rects = [...range.getClientRects()].filter(isVisible);
      const across = rects[line] ?? rects[0];
      if (!across) return range.getBoundingClientRect();
      // The lines next to it, one after another (not a part in another column, far up or down).
      let [top, bottom] = [across.top, across.bottom];
      for (let grew = true; grew;) {
        grew = false;
        for (const r of rects)
          if (
            (r.top < top || r.bottom > bottom) &&
            r.top <= bottom + across.height &&
            r.bottom >= top - across.height
          ) {
            [top, bottom, grew] = [Math.min(top, r.top), Math.max(bottom, r.bottom), true];
          }
      }
      return new DOMRect(across.left, top, across.width, bottom - top);
    },
    contextElement: container instanceof Element ? container : (container.parentElement ?? undefined),
  };
}

/**
 * Places `card` below the mention (above when there is more room there), keeps it inside the viewport,
 * caps its height to the room left (the card scrolls inside) and never lets it cover the mention line:
 * shift() only moves along the side of the mention, never across it. Follows scroll and resize until
 * `signal` aborts; hides the card while the mention is scrolled out of sight.
 */
export function followMention(reference: VirtualElement, card: HTMLElement, signal: AbortSignal): void {
  if (signal.aborted) return;
  const update = async () => {
    // A page zoomed with CSS on <html> (the card's host hangs under it) zooms the card too: Floating UI
    // works in the viewport's pixels, the card's own lengths are in its zoomed ones.
    const zoom = (card as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
    // Measure the card at its natural height, so flip() compares the real need with the room on each side.
    card.style.removeProperty('--mg-max-h');
    // The part of the page on screen: pinch zoom narrows it below the layout width.
    const width = Math.min(document.documentElement.clientWidth, visualViewport?.width ?? Infinity);
    card.style.setProperty('--mg-max-w', `${Math.floor((width - 2 * EDGE) / zoom)}px`);
    const { x, y, middlewareData } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: EDGE, crossAxis: false }),
        size({
          padding: EDGE,
          apply: ({ availableHeight }) =>
            card.style.setProperty('--mg-max-h', `${Math.max(80, Math.floor(availableHeight / zoom))}px`),
        }),
        shift({ padding: EDGE }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (signal.aborted) return;
    card.style.left = `${Math.round(x / zoom)}px`;
    card.style.top = `${Math.round(y / zoom)}px`;
    card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
  };
  const stop = autoUpdate(reference, card, () => void update());
  signal.addEventListener('abort', stop, { once: true });
}
