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
 * Creates the card's shadow-root host (on the first card, never at page load). The host hangs off
 * <html>, outside <body>, so body transforms, page scanners and framework hydration leave it alone, and
 * is put back if the page removed it (SPA re-renders). Torn down with the content script context.
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
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    render(state: CardState | null) {
      if (!state || !draw(state)) {
        render(null, container);
        // Out of the top layer while closed, so the next card is shown above what the page opened since.
        ui.shadowHost.togglePopover(false);
        return false;
      }
      if (!mounted) {
        ui.mount();
        mounted = true;
      } else if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
      ui.shadowHost.togglePopover(true); // again if the page moved the host: moving hides a popover
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
