import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '../../components/card/HoverCard';
import cardCss from '../../components/card/card.css?inline';
import frameCss from '../../components/card/hover-card.css?inline';
import { translator, type Translator } from '../../i18n/translate';
import { contentFor } from '../../medications/registry-content';
import { CARD_HOST_TAG, modalDialogAround, openModalDialog } from './card-host';
import type { CardState, CardSurface } from './card-module';
import { followMention, lineIndexAt, mentionReference } from './position';

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
    // Stopped at the shadow root on their way up (page listeners in the capture phase still see them):
    // keys pressed in the card must not reach page shortcuts (e.g. "j"/"k" on news sites), and a press
    // or click in the card is not the page's "click outside" (a dialog that closes on a click beyond
    // its box, a menu), for page listeners that wait for it to bubble. Pointer moves and releases go on:
    // hover intent follows them on the document, and a page's drag (a slider) released over the card
    // must end. Wheel and touch are stopped below, by passive listeners: these are not, and would make
    // scrolling wait for them.
    isolateEvents: [
      'keydown',
      'keyup',
      'keypress',
      'pointerdown',
      'mousedown',
      'click',
      'dblclick',
      'auxclick',
      'contextmenu',
      'touchend',
    ],
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
  // Wheel and touch in the card are not the page's either (a page's own scroll or swipe handling).
  for (const type of ['wheel', 'touchstart', 'touchmove'])
    ui.shadow.addEventListener(type, (e) => e.stopPropagation(), { passive: true });
  // A press in the card released on the page makes the browser click their common ancestor (<html>, or
  // the page's dialog): a "click outside" the page never saw start. That click, and only it, is stopped
  // at the window on its way down; the release itself reaches the page. Listening ends with the press's
  // click, or with the next press if it had none (released outside the window, a touch that scrolled).
  ui.shadow.addEventListener('pointerdown', () => {
    const press = new AbortController();
    const options = { capture: true, signal: AbortSignal.any([press.signal, ctx.signal]) };
    const click = (e: MouseEvent) => {
      // The page's own click() calls are not the press's, nor keyboard clicks (no click count).
      if (!e.isTrusted) return;
      press.abort();
      const target = e.composedPath()[0];
      const around = target instanceof Node && target !== ui.shadowHost && target.contains(ui.shadowHost);
      if (e.detail > 0 && around) e.stopImmediatePropagation();
    };
    window.addEventListener('click', click, options);
    window.addEventListener('pointerdown', () => press.abort(), options);
  });
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
  /** While the host hangs inside a page's modal dialog: that dialog, and the end of listening to it. */
  let inDialog: { dialog: Element; stop: AbortController } | null = null;
  /**
   * Hangs the host under `parent`: <html>, or the modal dialog of the mention whose card shows there or
   * in front of it (the card then closes with the dialog rather than stay open unseen in it). Back
   * under <html> once that card closes, so the page never finds our element among its dialog's children
   * afterwards.
   */
  const hangUnder = (parent: Element) => {
    if (host.parentNode === parent) return;
    inDialog?.stop.abort();
    inDialog = null;
    parent.append(host);
    if (parent === document.documentElement) return;
    inDialog = { dialog: parent, stop: new AbortController() };
    // The event is queued: a dialog closed and shown again in one task is open by then.
    const closed = () => !parent.matches(':modal') && onClose?.();
    parent.addEventListener('close', closed, { signal: inDialog.stop.signal });
  };
  ctx.onInvalidated(() => inDialog?.stop.abort());
  return {
    host,
    shadow: ui.shadow,
    render(state: CardState | null, mention?: Node) {
      if (!state || !draw(state)) {
        render(null, container);
        // Out of the top layer while closed, so the next card is shown above what the page opened since.
        host.togglePopover(false);
        if (inDialog) hangUnder(document.documentElement);
        return false;
      }
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      onClose = state.onClose;
      // Put back if the page removed it; moved into (or out of) the modal dialog holding the mention, or
      // the one open in front of it.
      hangUnder((mention && modalDialogAround(mention)) ?? openModalDialog() ?? document.documentElement);
      host.togglePopover(true); // again after a move: moving hides a popover
      return true;
    },
    prepare(state) {
      if (!mounted) draw(state);
    },
    dialog: () => ui.shadow.querySelector<HTMLElement>('[role="dialog"]'),
    pageModal: () =>
      inDialog && host.isConnected && inDialog.dialog.matches(':modal') ? inDialog.dialog : null,
    follow(range, point, signal) {
      const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]');
      if (dialog) followMention(mentionReference(range, lineIndexAt(range, point)), dialog, signal);
    },
  };
}
