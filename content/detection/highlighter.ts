/** The CSS Custom Highlight name every mention is registered under (styled by content/page/highlight-style). */
export const MENTION_HIGHLIGHT = 'medglance-mention';
/** The highlight that briefly marks a mention revealed from the popup or a command (content/card/reveal). */
export const FLASH_HIGHLIGHT = 'medglance-flash';

/** Marks mention ranges on the page. */
export interface Highlighter {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  /**
   * Puts the marks back if the page took them away (`CSS.highlights.clear()`, deleting our entry, or
   * clearing the Highlight object, which pages share with us). Cheap: a Map lookup and a size compare.
   */
  restore(): void;
}

/** True where the CSS Custom Highlight API exists (all supported browsers: Chrome 105+, Firefox 140+). */
export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * All mentions live in one CSS Custom Highlight: the page's DOM is never touched (contract 5), and adding
 * a range is a set insertion, so incremental scans stay cheap. Registered with the first range (a page
 * without mentions gets no registry entry), removed on `signal` abort, which also makes an extension
 * reload leave no stale highlight. Our own set of ranges is the truth `restore()` rebuilds from.
 */
export function createHighlighter(signal: AbortSignal): Highlighter {
  if (!supportsHighlights()) return createNoopHighlighter();
  const ranges = new Set<AbstractRange>();
  const highlight = new Highlight();
  let registered = false;

  const restore = (): void => {
    if (signal.aborted || ranges.size === 0) return;
    if (highlight.size !== ranges.size) {
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    }
    if (!registered || CSS.highlights.get(MENTION_HIGHLIGHT) !== highlight) {
      CSS.highlights.set(MENTION_HIGHLIGHT, highlight);
      registered = true;
    }
  };
  signal.addEventListener(
    'abort',
    () => {
      ranges.clear();
      highlight.clear();
      if (CSS.highlights.get(MENTION_HIGHLIGHT) === highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    },
    { once: true },
  );
  return {
    add(range) {
      if (signal.aborted) return;
      ranges.add(range);
      highlight.add(range);
      if (!registered) restore();
    },
    delete(range) {
      ranges.delete(range);
      highlight.delete(range);
    },
    restore,
  };
}

// TODO(fallback): wrap mentions in elements where CSS.highlights is missing; retire when no supported
// browser lacks it (the manifest requires Chrome 116 and Firefox 140, which both have it).
function createNoopHighlighter(): Highlighter {
  return { add() {}, delete() {}, restore() {} };
}
