import type { Mention } from '../detection/mention';
import { OWN_UI_PREFIX, parentAcrossShadow } from '../detection/skip-rules';

/** Tag name of the card's host element: the only node MedGlance adds to a page. Scanners skip it. */
export const CARD_HOST_TAG = `${OWN_UI_PREFIX}card`;

/**
 * The open modal dialog `node` is shown in, if any, walking the flat tree (slotted content counts for the
 * dialog a web component renders around its slot). A modal dialog makes everything outside it inert, a
 * top-layer popover included: a card hung off <html> is drawn above the dialog but takes no pointer,
 * click or focus, so while it shows it hangs inside the dialog.
 */
export function modalDialogAround(node: Node): Element | null {
  for (let n: Node | null = node; n; n = (n as Element | Text).assignedSlot ?? parentAcrossShadow(n))
    if (n.nodeType === 1 && (n as Element).localName === 'dialog' && (n as Element).matches(':modal'))
      return n as Element;
  return null;
}

/**
 * The page's open modal dialog a card must hang in when its mention is in none: one behind the dialog,
 * picked in the toolbar popup, would otherwise get an inert card. Of stacked dialogs, the innermost one
 * holding focus, else the last in the document (not always the one opened last). A web component's
 * dialog is not seen from the document.
 */
export function openModalDialog(): Element | null {
  const open = document.querySelectorAll('dialog:modal');
  for (let i = open.length - 1; i >= 0; i--) if (open[i]!.contains(document.activeElement)) return open[i]!;
  return open[open.length - 1] ?? null;
}

/**
 * The mentions a reader can reach: while the page shows a modal dialog, only those inside one (the rest
 * are covered by it and inert); none when the document's open dialog holds no mention. A web
 * component's dialog is seen only when it holds a mention, and of stacked dialogs the covered one's
 * mentions still count. Walks every mention's ancestors: once per key press.
 */
export function reachableMentions(mentions: readonly Mention[]): readonly Mention[] {
  const inModal = mentions.filter((m) => modalDialogAround(m.startNode));
  if (inModal.length > 0) return inModal;
  return openModalDialog() ? [] : mentions;
}

/** The element that has focus, inside open shadow roots too (`document.activeElement` stops at the host). */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
