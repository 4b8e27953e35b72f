import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard, type HoverCardProps } from '../../components/card/HoverCard';
import cardCss from '../../components/card/card.css?inline';
import frameCss from '../../components/card/hover-card.css?inline';
import { CARD_HOST_TAG } from './card-host';

/** The mounted card surface: render props into it, or null to hide. */
export interface CardSurface {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Renders the card (synchronously), or removes it when `props` is null. */
  render(props: HoverCardProps | null): void;
  /** The dialog element while rendered. */
  dialog(): HTMLElement | null;
}

/**
 * Creates the shadow-root host on first use (never at page load) and re-attaches it if the page removed
 * it (SPA re-renders of <body>). The host hangs off <html>, outside <body>, so body transforms, page
 * scanners and framework hydration leave it alone. Torn down with the content script context.
 */
export function lazyCardSurface(ctx: ContentScriptContext): () => Promise<CardSurface> {
  let pending: Promise<CardSurface> | undefined;
  return async () => {
    pending ??= create(ctx);
    const surface = await pending.catch((error: unknown) => {
      pending = undefined; // a later open may try again
      throw error;
    });
    if (!surface.host.isConnected) document.documentElement.append(surface.host);
    return surface;
  };
}

async function create(ctx: ContentScriptContext): Promise<CardSurface> {
  let container!: HTMLElement;
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    mode: 'open',
    // Keys pressed inside the card must not reach page shortcuts (e.g. "j"/"k" on news sites).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: `${cardCss}\n${frameCss}`,
    onMount(uiContainer) {
      container = uiContainer;
    },
    onRemove() {
      render(null, container);
    },
  });
  ui.mount();
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    render: (props) => render(props && <HoverCard {...props} />, container),
    dialog: () => ui.shadow.querySelector<HTMLElement>('[role="dialog"]'),
  };
}
