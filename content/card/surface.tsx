import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '../../components/card/HoverCard';
import cardCss from '../../components/card/card.css?inline';
import frameCss from '../../components/card/hover-card.css?inline';
import { translator, type Translator } from '../../i18n/translate';
import { contentFor } from '../../medications/registry-content';
import { CARD_HOST_TAG } from './card-host';
import type { CardState, CardSurface } from './card-module';
import { followMention, lineIndexAt, mentionReference } from './position';

/**
 * The open modal dialog holding `node` (across shadow boundaries), if any. A modal dialog makes
 * everything outside it inert, a top-layer popover included: a card hung off <html> would be drawn above
 * the dialog but take no pointer, click or focus. Hung inside the dialog, it is part of it.
 */
function modalAround(node: Node): Element | null {
  for (let n: Node | null = node; n;) {
    if (
      n.nodeType === Node.ELEMENT_NODE &&
      (n as Element).localName === 'dialog' &&
      (n as Element).matches(':modal')
    )
      return n as Element;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return null;
}

/**
 * Creates the card's shadow-root host (on the first card, never at page load). The host hangs off
 * <html>, outside <body>, so body transforms, page scanners and framework hydration leave it alone, and
 * is put back if the page removed it (SPA re-renders); while a card shows for a mention inside the
 * page's modal dialog it hangs inside that dialog instead. Torn down with the content script context.
 */
export async function createCardSurface(ctx: ContentScriptContext): Promise<CardSurface> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    mode: 'open',
    // Keys pressed inside the card must not reach page shortcuts (e.g. "j"/"k" on news sites).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: `${cardCss}\n${frameCss}`,
    onMount: () => undefined,
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  // The host shows in the browser's top layer while a card shows (a manual popover: no light dismiss,
  // no focus move, no Escape of its own): above everything the page showed before, its own popovers
  // included, and on a big page opening the card no longer repaints the page under it (bench "first
  // card"; appending a fixed overlay to the 5 MB page: ~45 ms to the next frame under <html>, ~17 ms in
  // the top layer). Set before the host is first attached, so the page never sees an attribute change.
  ui.shadowHost.popover = 'manual';
  const container = ui.uiContainer;
  let mounted = false;
  let t: Translator | null = null;
  /** Renders into the container (on the page or not yet); false when there is nothing to show. */
  const draw = (state: CardState): boolean => {
    const content = contentFor(state.medicationId);
    if (!content) return false;
    if (t?.locale !== state.locale) t = translator(state.locale);
    const { medicationId: _id, locale: _locale, ...props } = state;
    render(<HoverCard {...props} content={content} t={t} />, container);
    return true;
  };
  const host = ui.shadowHost;
  let onClose: (() => void) | null = null;
  /** While the host hangs inside a page's dialog: stops listening for that dialog's closing. */
  let inDialog: AbortController | null = null;
  /** Hangs the host under `parent`; a card inside a dialog closes with it (else it would stay open unseen). */
  const hangUnder = (parent: Element) => {
    if (host.parentNode === parent) return;
    inDialog?.abort();
    inDialog = null;
    parent.append(host);
    if (parent === document.documentElement) return;
    inDialog = new AbortController();
    parent.addEventListener('close', () => onClose?.(), { signal: inDialog.signal });
  };
  ctx.onInvalidated(() => inDialog?.abort());
  return {
    host,
    shadow: ui.shadow,
    render(state: CardState | null, mention?: Node) {
      if (!state || !draw(state)) {
        render(null, container);
        // Out of the top layer while closed, so the next card is shown above what the page opened since.
        host.togglePopover(false);
        return false;
      }
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      onClose = state.onClose;
      // Put back if the page removed it; moved into (or out of) the modal dialog holding the mention.
      hangUnder((mention && modalAround(mention)) ?? document.documentElement);
      host.togglePopover(true); // again after a move: moving hides a popover
      return true;
    },
    prepare(state) {
      if (!mounted) draw(state);
    },
    dialog: () => ui.shadow.querySelector<HTMLElement>('[role="dialog"]'),
    follow(range, point, signal) {
      const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]');
      if (dialog) followMention(mentionReference(range, lineIndexAt(range, point)), dialog, signal);
    },
  };
}
