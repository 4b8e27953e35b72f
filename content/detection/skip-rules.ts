/**
 * What MedGlance never reads, marks or hit-tests: one rule for the first scan, every rescan, the presence
 * check and the hit-test, so text typed into an editor can never be counted (tests: skip-rules.test.ts).
 *
 * Skipped subtrees: code and hidden fallback content, form fields, replaced elements, the extension's
 * own UI, and editable regions in every form (contenteditable "", "true" or "plaintext-only" in any
 * case, editability inherited from an ancestor or a shadow host, a document in design mode, and code
 * editors that take keys in a hidden textarea and draw the text into plain elements).
 */

// Their descendants are skipped by not descending, which measured ~3× cheaper than a closest() call per
// text node.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
]);

/**
 * Code editors whose text is typed into a hidden textarea and drawn into plain elements, by the class on
 * their root: CodeMirror 5, Ace, Monaco. (CodeMirror 6, ProseMirror, Quill and the like are
 * contenteditable.)
 */
const CODE_EDITORS = ['CodeMirror', 'ace_editor', 'monaco-editor'] as const;
const CODE_EDITOR_SELECTOR = CODE_EDITORS.map((c) => `.${c}`).join(',');
const CODE_EDITOR_CLASS = new RegExp(`(?:^|\\s)(?:${CODE_EDITORS.join('|')})(?:\\s|$)`);
// Their roots are divs. The class attribute's string, not classList: a first classList read makes Blink
// keep a token list for the element, and this runs on every block child the presence check looks at.
const isCodeEditor = (el: Element): boolean =>
  el.localName === 'div' && CODE_EDITOR_CLASS.test(el.getAttribute('class') ?? '');

/**
 * Every skipped element matches this selector (the tags above, any contenteditable attribute, which
 * some values do not make editable, and the code editors): a superset, to be checked with
 * `isSkippedElement`. The extension's own UI is not in it.
 */
export const SKIPPED_SELECTOR = [...SKIPPED_TAGS, '[contenteditable]', CODE_EDITOR_SELECTOR].join(',');

// HTML: the attribute's keywords (ASCII case-insensitive). "false" and invalid values are not editable
// by themselves (invalid ones inherit, which the ancestor walk covers).
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/** Host tag names of the extension's own UI (the card is `medglance-card`). */
export const OWN_UI_PREFIX = 'medglance-';

/** True for an element skipped by its tag alone (scripts, styles, fields, frames…). */
export const isSkippedTag = (el: Element): boolean => SKIPPED_TAGS.has(el.localName);

/** True for the host of the extension's own UI. */
export const isOwnUi = (el: Element): boolean => el.localName.startsWith(OWN_UI_PREFIX);

/** True when the element's own contenteditable attribute makes it editable. */
function isEditableByAttribute(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && EDITABLE_VALUES.has(value.toLowerCase());
}

/** An editor by its own attribute or class (a code editor's root). */
const isEditor = (el: Element): boolean => isEditableByAttribute(el) || isCodeEditor(el);

/** True for an element whose subtree is never scanned (by its own tag, attribute or class). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || isOwnUi(el) || isEditor(el);
}

/** True when the whole document is editable (`document.designMode = "on"`): nothing is read. */
export const isDesignMode = (doc: Document = document): boolean => doc.designMode === 'on';

/**
 * True when `node` is in a skipped subtree: itself, an ancestor or a shadow host above it is skipped
 * (editability is inherited, so an editable ancestor makes the node editable), or the document is in
 * design mode. Checked per rescan root, added node or hit, never per text node of a walk. Attributes only, not
 * `isContentEditable`: that reads computed style, which would force a style recalculation inside the
 * mutation handler right after the page changed the DOM.
 */
export function isInSkippedSubtree(node: Node): boolean {
  if (isDesignMode(node.ownerDocument ?? document)) return true;
  for (let n: Node | null = node; n; n = parentAcrossShadow(n))
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
  return false;
}

/** The parent of `node`, or for a shadow tree's top node the shadow root's host. */
export function parentAcrossShadow(node: Node): Node | null {
  // nodeType, not `instanceof ShadowRoot`: that would set up the ShadowRoot interface in every frame.
  const up = node.parentNode;
  return up?.nodeType === 11 ? ((up as ShadowRoot).host ?? null) : up;
}

// Editors the page added while a walk may be under way (the change observer reports them; finding them
// costs one query per added subtree): a walk that looked its trees' editors up before they came finds
// them here. A flag first, so the walk's per-element check costs nothing on a page that never adds one.
const addedEditors = new WeakSet<Element>();
let anyAddedEditor = false;

/** Notes the editors at or under `el`, just added to the page, for walks already under way; returns them. */
export function noteAddedEditors(el: Element): Element[] {
  const found = isEditor(el) ? [el] : [];
  for (const e of el.querySelectorAll(`[contenteditable],${CODE_EDITOR_SELECTOR}`))
    if (isEditor(e)) found.push(e);
  for (const e of found) addedEditors.add(e);
  anyAddedEditor ||= found.length > 0;
  return found;
}

/** `isSkippedElement` for a walk over every element of some trees (document, elements, shadow roots). */
export interface SkipCheck {
  /** Prepares the check for the elements of `tree` (shadow roots inside it need a call of their own). */
  addTree(tree: ParentNode): void;
  skips(el: Element): boolean;
}

/**
 * A check equal to `isSkippedElement`, fast enough for the walk's hot loop: editors (by attribute or
 * class) are looked up once per tree, natively, instead of read on every element.
 */
export function createSkipCheck(): SkipCheck {
  const editable = new Set<Element>();
  return {
    addTree(tree) {
      if (tree instanceof Element && isEditor(tree)) editable.add(tree);
      for (const el of tree.querySelectorAll(`[contenteditable],${CODE_EDITOR_SELECTOR}`)) {
        if (isEditor(el)) editable.add(el);
      }
    },
    skips: (el) =>
      SKIPPED_TAGS.has(el.localName) ||
      editable.has(el) ||
      isOwnUi(el) ||
      (anyAddedEditor && addedEditors.has(el) && isEditor(el)),
  };
}
