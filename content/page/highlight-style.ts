import type { Settings } from '../../utils/settings-schema';
import type { PageSettings } from './page-settings';
import { shareWithShadowRoots } from '../detection/shadow-styles';

/** The CSS Custom Highlight name every mention is registered under. */
export const MENTION_HIGHLIGHT = 'medglance-mention';

/**
 * The rule for the chosen style and colour. Only properties allowed on `::highlight()` are used; the
 * background variant tints rather than fills, so the page's own text colour keeps its contrast.
 * Every property is set in every style so this rule fully overrides the static default in style.css.
 */
export function highlightCss(settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): string {
  const c = settings.highlightColor;
  const underline = settings.highlightStyle !== 'background';
  const background = settings.highlightStyle !== 'underline';
  return `::highlight(${MENTION_HIGHLIGHT}) {
  text-decoration: ${underline ? `underline 2px ${c}` : 'none'};
  text-underline-offset: 2px;
  background-color: ${background ? `color-mix(in srgb, ${c} 22%, transparent)` : 'transparent'};
}`;
}

/**
 * Keeps the highlight style in line with the settings. A constructed sheet in `adoptedStyleSheets`
 * restyles every mention at once without adding a node to the page (contract 5: page left as it was).
 */
export function applyHighlightStyle(page: PageSettings, signal: AbortSignal, doc: Document = document): void {
  if (signal.aborted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  let css = '';
  const update = (settings: Settings): void => {
    const next = highlightCss(settings);
    if (next === css) return;
    css = next;
    sheet.replaceSync(css);
  };
  update(page.settings);
  try {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Best effort: where a browser refuses the sheet, style.css's default look still applies, and
    // the rest of the content script (detection, badge, popup answers) must keep running.
    return;
  }
  // Page stylesheets do not reach shadow trees: the detection adopts this sheet into each open one it scans.
  shareWithShadowRoots(sheet, signal);
  page.onChange((p) => update(p.settings), signal);
  signal.addEventListener(
    'abort',
    () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document may already be gone (extension update during unload).
      }
    },
    { once: true },
  );
}
