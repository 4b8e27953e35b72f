import { DEFAULT_SETTINGS } from '../../utils/settings-schema';
import { highlightCss, MENTION_HIGHLIGHT } from '../page/highlight-style';
import { shareWithShadowRoots } from './shadow-styles';

/** Marks mention ranges on the page. */
export interface Highlighter {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  clear(): void;
}

/** True where the CSS Custom Highlight API exists (all supported browsers: Chrome 105+, Firefox 140+). */
export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * All mentions live in one CSS Custom Highlight: the page's DOM is never touched (contract 5), and adding
 * a range is a set insertion, so incremental scans stay cheap. Removed on `signal` abort, which also makes
 * an extension reload leave no stale highlight (a new instance simply replaces the registry entry).
 */
export function createHighlighter(signal: AbortSignal): Highlighter {
  if (!supportsHighlights()) return createNoopHighlighter();
  const highlight = new Highlight();
  CSS.highlights.set(MENTION_HIGHLIGHT, highlight);

  // Document mentions are styled by the manifest stylesheet (style.css) and the settings sheet; shadow
  // trees get this default until the settings sheet is shared with them as well.
  if (typeof CSSStyleSheet !== 'undefined') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss(DEFAULT_SETTINGS));
    shareWithShadowRoots(sheet, signal);
  }
  signal.addEventListener(
    'abort',
    () => {
      highlight.clear();
      if (CSS.highlights.get(MENTION_HIGHLIGHT) === highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    },
    { once: true },
  );
  return {
    add: (range) => void highlight.add(range),
    delete: (range) => void highlight.delete(range),
    clear: () => highlight.clear(),
  };
}

// TODO(fallback): wrap mentions in elements where CSS.highlights is missing; retire when no supported
// browser lacks it (the manifest already requires Chrome/Firefox versions that have it).
function createNoopHighlighter(): Highlighter {
  return { add() {}, delete() {}, clear() {} };
}
