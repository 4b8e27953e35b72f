import type { Settings } from '../../utils/settings-schema';
import type { DetectionSession } from '../detection/detection-session';
import { reportCaught } from '../../utils/dev-log';
import { FLASH_HIGHLIGHT, MENTION_HIGHLIGHT } from '../detection/highlighter';
import type { PageSettings } from './page-settings';

/**
 * The rule for the chosen style and colour. Only properties allowed on `::highlight()` are used; the
 * background variant tints rather than fills, so the page's own text colour keeps its contrast.
 * Every property is set in every style, so a change of style leaves nothing of the previous one.
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

/** A mention revealed from the popup or the next-mention command flashes briefly (content/card/reveal). */
const FLASH_CSS = `::highlight(${FLASH_HIGHLIGHT}) {
  background-color: #fde68a;
  color: #1f2328;
}`;

/** The whole sheet for these settings: the mentions' rule and the reveal flash. */
export const highlightSheetCss = (settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): string =>
  `${highlightCss(settings)}\n${FLASH_CSS}`;

/** The highlight style applied to a page; see applyHighlightStyle. */
export interface HighlightStyleHandle {
  /** Adopts the sheet again where the page took it away (e.g. `document.adoptedStyleSheets = [...]`). */
  restore(): void;
}

const canAdopt = (root: DocumentOrShadowRoot): boolean => 'adoptedStyleSheets' in root;

// Best effort throughout: a browser that refuses a sheet from the extension's world must not stop the
// content script (its marks are then registered but not drawn).
function adopt(root: DocumentOrShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (canAdopt(root) && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch (error) {
    // Unstyled by the settings here; the default look applies.
    reportCaught('adopting the highlight style', error);
  }
}

function unadopt(root: DocumentOrShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (canAdopt(root) && root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The document may already be gone (extension update during unload).
  }
}

/**
 * Keeps the highlight style in line with the settings: one constructed sheet, adopted into the document
 * and every open shadow root the detection scans (page stylesheets do not reach into shadow trees).
 * Adopting adds no node to the page (contract 5). Nothing is adopted until the page has a mention, and
 * the manifest injects no stylesheet: any `::highlight()` rule makes Chromium compute highlight styles
 * for every element of the page (on a 2.3 MB forum that more than doubled its first style calculation,
 * and adopting one later recalculated every element's style in one frame of 0.3–0.5 s). A page that
 * never mentions a name pays none of it, nor can it read our style.
 */
export function applyHighlightStyle(
  page: PageSettings,
  session: Pick<DetectionSession, 'count' | 'onChange' | 'shadowRoots'>,
  signal: AbortSignal,
  doc: Document = document,
): HighlightStyleHandle {
  let sheet: CSSStyleSheet | null = null;
  let css = '';
  const update = (settings: Settings): void => {
    const next = highlightSheetCss(settings);
    if (!sheet || next === css) return;
    css = next;
    sheet.replaceSync(css);
  };
  const start = (): void => {
    if (sheet || signal.aborted || session.count === 0 || typeof CSSStyleSheet === 'undefined') return;
    const own = new CSSStyleSheet();
    sheet = own;
    update(page.settings);
    adopt(doc, own);
    session.shadowRoots.onRoot((root) => adopt(root, own), signal);
    page.onChange((p) => update(p.settings), signal);
    signal.addEventListener(
      'abort',
      () => {
        unadopt(doc, own);
        for (const root of session.shadowRoots.connected()) unadopt(root, own);
      },
      { once: true },
    );
  };
  session.onChange(start, signal);
  start();
  return {
    restore() {
      if (sheet && !signal.aborted) adopt(doc, sheet);
    },
  };
}
