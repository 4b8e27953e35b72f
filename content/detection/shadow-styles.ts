// `::highlight()` rules in the page's stylesheets do not reach elements inside shadow trees, so every
// stylesheet that styles mentions is also adopted into each open shadow root that holds text we scan.
// Adopting a constructed sheet adds no node to the page (contract 5).

const sheets = new Set<CSSStyleSheet>();
const roots = new Set<ShadowRoot>();

const canAdopt = (root: DocumentOrShadowRoot): boolean => 'adoptedStyleSheets' in root;

// Styling is best effort: a browser that refuses a sheet from the extension's world (e.g. a stricter
// content-script sandbox) must not stop detection, so failures are swallowed.
function adopt(root: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (!canAdopt(root) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Unstyled (default highlight colours do not apply in this tree); detection goes on.
  }
}

function unadopt(root: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (canAdopt(root)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The root's sheets could not be read: nothing of ours can be in them.
  }
}

/**
 * Adopts `sheet` into every open shadow root the detection knows of, now and later, until `signal`
 * aborts. The settings' highlight-style sheet uses this so shadow-root mentions follow the settings too.
 */
export function shareWithShadowRoots(sheet: CSSStyleSheet, signal: AbortSignal): void {
  if (signal.aborted) return;
  sheets.add(sheet);
  for (const root of roots) adopt(root, sheet);
  signal.addEventListener(
    'abort',
    () => {
      sheets.delete(sheet);
      for (const root of roots) unadopt(root, sheet);
    },
    { once: true },
  );
}

/** Registers an open shadow root: shared sheets are adopted into it until `signal` aborts. */
export function styleShadowRoot(root: ShadowRoot, signal: AbortSignal): void {
  if (signal.aborted || roots.has(root)) return;
  roots.add(root);
  for (const sheet of sheets) adopt(root, sheet);
  signal.addEventListener(
    'abort',
    () => {
      roots.delete(root);
      for (const sheet of sheets) unadopt(root, sheet);
    },
    { once: true },
  );
}

/** The open shadow roots registered so far (for caretPositionFromPoint's `shadowRoots` option). */
export const knownShadowRoots = (): ShadowRoot[] => [...roots];
