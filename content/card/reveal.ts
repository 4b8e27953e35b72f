import { FLASH_HIGHLIGHT } from '../detection/highlighter';
import type { Mention } from '../detection/mention';

const FLASH_MS = 1500;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Whether the page shows the mention's text: not in a closed <details>, a `hidden` or `display: none`
 * part, nor `visibility: hidden`. Such a mention still counts, but a card for it would have nothing to
 * point at. Browsers without checkVisibility are taken to show it.
 */
export function isShown(mention: Mention): boolean {
  // The nearest element with a box of its own: checkVisibility() is false for a `display: contents`
  // wrapper (a component's host, a framework's span), and text right in a shadow root has no parent
  // element but the host.
  let node: Node | null = mention.startNode.parentNode;
  while (node) {
    if (node.nodeType === 11) node = (node as ShadowRoot).host ?? null;
    else if (node.nodeType !== 1) return false;
    else {
      const el = node as Element;
      if (typeof el.checkVisibility !== 'function') return true;
      if (getComputedStyle(el).display !== 'contents')
        return el.checkVisibility({ visibilityProperty: true });
      node = el.parentNode;
    }
  }
  return false;
}

/** Scrolls the mention to the middle of the viewport (instantly under reduced motion). */
export function scrollToMention(mention: Mention): void {
  const node = mention.range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: reducedMotion() ? 'instant' : 'auto',
  });
}

/**
 * Marks the mention for a moment with a CSS highlight, so the eye finds it; the DOM is untouched. When
 * the flash ends it lets go of everything: the registry entry, the Range and its listener on `signal`
 * (a reader revealing mention after mention must not pile up listeners that keep Ranges alive).
 */
export function flashMention(mention: Mention, signal: AbortSignal): void {
  if (typeof Highlight === 'undefined' || !CSS.highlights || signal.aborted) return;
  const flash = new Highlight(mention.range);
  CSS.highlights.set(FLASH_HIGHLIGHT, flash);
  const clear = (): void => {
    clearTimeout(timer);
    signal.removeEventListener('abort', clear);
    flash.clear();
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
  };
  const timer = setTimeout(clear, FLASH_MS);
  signal.addEventListener('abort', clear, { once: true });
}

/**
 * The mention to open next: the one after `current` (wrapping), or, with no card open, the first one
 * whose line is at or below the top of the viewport, so the command starts where the reader is.
 */
export function nextMentionIndex(
  mentions: readonly Mention[],
  current: Mention | null,
  same: (a: Mention | null, b: Mention | null) => boolean,
): number | null {
  if (mentions.length === 0) return null;
  if (current) {
    const at = mentions.findIndex((m) => same(m, current));
    if (at >= 0) return (at + 1) % mentions.length;
  }
  const inView = mentions.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
  return inView >= 0 ? inView : 0;
}
