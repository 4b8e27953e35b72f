import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '../../i18n/locales';
import { reportCaught } from '../../utils/dev-log';
import { resolveCountry, resolveRegion } from '../../utils/settings-region';
import type { CardOpens, Settings } from '../../utils/settings-schema';
import { loadLazyModule } from '../../utils/lazy-module';
import { onEachDocument } from '../../utils/each-document';
import type { CardModule, CardSurface } from './card-module';
import { watchHoverIntent } from './hover-intent';
import { flashMention, isShown, nextMentionIndex, scrollToMention } from './reveal';
import type { Mention } from '../detection/mention';
import { foundAgainIn, sameMention, type MentionSource } from './types';
import { deepActiveElement, modalDialogAround, reachableMentions } from './card-host';
import { escapeAcrossFrames } from './escape-across-frames';

/** The settings the card reacts to, and the reader's language; `update()` applies changes live. */
export type CardSettings = Pick<
  Settings,
  'trigger' | 'hoverDelayMs' | 'theme' | 'textSize' | 'region' | 'cardOpens'
> & { readonly locale: Locale };

export interface CardController {
  update(settings: Partial<CardSettings>): void;
  /** Scrolls the mention with this id into view, flashes it and opens its card with focus. False if gone. */
  revealMention(id: number): Promise<boolean>;
  /** Opens the card of the mention after the open one (or the first one in view), with focus. */
  openNext(): Promise<boolean>;
  close(): void;
}

interface OpenCard {
  mention: Mention;
  pinned: boolean;
  detail: CardOpens;
  /** Aborts position tracking of this opening. */
  tracking: AbortController;
  /** Where focus was before the card took it (keyboard openings); restored on Escape/close. */
  returnFocus: Element | null;
  /** Where the pointer rested when it opened (the line of a wrapped mention to anchor at), if it did. */
  point: { x: number; y: number } | null;
  /** The mention's parent: a framework rendering its text again puts a new text node there. */
  parent: Node | null;
}

/**
 * Wires hover intent, keyboard and messages to one hover card per frame. The card itself (Preact,
 * components, content) is a separate module loaded when the pointer first rests on a mention, or on
 * the first opening from the keyboard or the popup (utils/lazy-module.ts).
 */
export function createCardController(
  ctx: ContentScriptContext,
  session: MentionSource,
  options: CardSettings,
): CardController {
  let settings: CardSettings = { ...options };
  let open: OpenCard | null = null;
  let surface: CardSurface | null = null;
  let pendingSurface: Promise<CardSurface> | undefined;
  let prefetched = false;
  let generation = 0; // guards against an older async open finishing after a newer one
  const getSurface = (): Promise<CardSurface> => {
    pendingSurface ??= loadLazyModule<CardModule>('card').then((module) => module.createSurface(ctx));
    return pendingSurface.catch((error: unknown) => {
      pendingSurface = undefined; // a later open may try again
      throw error;
    });
  };

  /** What the card shows for `card` (the open one, or one about to open). */
  const stateOf = ({ mention, detail, pinned }: Pick<OpenCard, 'mention' | 'detail' | 'pinned'>) => ({
    medicationId: mention.name.medicationId,
    locale: settings.locale,
    foundAs: mention.text,
    name: mention.name,
    detail,
    onDetailChange: (next: CardOpens) => {
      if (open) open.detail = next;
      draw();
    },
    region: resolveRegion(settings.region),
    country: resolveCountry(settings.region),
    pinned,
    onPinChange: (next: boolean) => {
      if (open) open.pinned = next;
      draw();
    },
    onClose: () => close(true),
    theme: settings.theme,
    textSize: settings.textSize,
  });

  /** Draws the open card; false when there is nothing to show for its medication. */
  const draw = (): boolean => {
    if (!surface) return false;
    return surface.render(open && stateOf(open), open?.mention.startNode);
  };

  const focusInCard = () => !!surface && surface.shadow.activeElement !== null;

  function close(restoreFocus: boolean) {
    if (!open) return;
    const { tracking, returnFocus } = open;
    const hadFocus = focusInCard();
    open = null;
    generation++;
    tracking.abort();
    intent.reset();
    draw();
    if (restoreFocus && hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected)
      returnFocus.focus({ preventScroll: true });
  }

  async function show(mention: Mention, point: { x: number; y: number } | null, focus: boolean) {
    const my = ++generation;
    const returnFocus = focus ? (open?.returnFocus ?? deepActiveElement()) : (open?.returnFocus ?? null);
    open?.tracking.abort();
    // Loading or mounting fails only when the extension was reloaded under the page: nothing to show.
    surface = await getSurface().catch(
      (error: unknown) => (reportCaught('loading the card', error), surface),
    );
    wireShadowKeys();
    if (my !== generation || ctx.isInvalid || !surface) return;
    const tracking = new AbortController();
    const parent = mention.startNode.parentNode;
    open = { mention, pinned: false, detail: settings.cardOpens, tracking, returnFocus, point, parent };
    if (!draw()) {
      open = null;
      return;
    }
    surface.follow(mention.range, point, tracking.signal);
    if (focus) surface.dialog()?.focus({ preventScroll: true });
    frames.opened();
  }

  const intent = watchHoverIntent(
    session,
    {
      delayMs: () => settings.hoverDelayMs,
      trigger: () => settings.trigger,
      shown: () => open?.mention ?? null,
      // A card holding focus (opened from the keyboard, or clicked into) stays put like a pinned one until
      // Escape, Close or focus leaving it: the pointer resting elsewhere says nothing about reading it.
      pinned: () => !!open && (open.pinned || focusInCard()),
      // The page sees a card's events as coming from our host or, while the card hangs in a web
      // component's (open) dialog, from that component: the path says whether it went through the card.
      inCard: (event) =>
        !!surface && (event.target === surface.host || event.composedPath().includes(surface.host)),
      cardRect: () => (open && surface?.dialog()?.getBoundingClientRect()) || null,
      // The first card is loaded and drawn off the page during the first hover delay, not after it; no
      // element is added to the page until it opens. Once: a sweep over many mentions costs one render,
      // and a failed load is retried by opening, not by every mention the pointer passes.
      considering: (mention) => {
        if (prefetched || open || ctx.isInvalid) return;
        prefetched = true;
        void getSurface().then(
          (ready) =>
            open ||
            ctx.isInvalid ||
            ready.prepare(stateOf({ mention, detail: settings.cardOpens, pinned: false })),
          () => undefined,
        );
      },
      open: (mention, point) => void show(mention, point, false),
      close: () => close(false),
    },
    ctx.signal,
  );

  // Escape closes the card wherever focus is, without moving the pointer; the mention under the pointer
  // stays quiet until the pointer leaves it. When the card shows in the page's modal dialog and the key
  // is pressed there (in the card or the dialog), one Escape closes one layer, as with nested popovers:
  // it is used up (the browser closes a dialog only on an Escape nobody cancelled), so the dialog stays.
  // Anywhere else, e.g. in a second dialog the page opened over that one, the page gets it untouched.
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    const modal = surface?.pageModal();
    const at = e.composedPath()[0];
    if (modal && (focusInCard() || (at instanceof Node && modalDialogAround(at) === modal)))
      e.preventDefault();
    const mention = open.mention;
    close(true);
    intent.quiet(mention);
  };
  let rounds = 0;
  onEachDocument((round) => {
    document.addEventListener('keydown', onEscape, { capture: true, signal: round });
    if (rounds++ === 0) return;
    // document.open() erased the card's own listeners too (its event isolation, keys, focus): the next
    // opening builds a new card, and asks for the frames relay again.
    close(false);
    [surface, pendingSurface, prefetched, shadowKeysWired] = [null, undefined, false, false];
    frames.reset();
  }, ctx.signal);
  const frames = escapeAcrossFrames(() => {
    if (!open) return;
    const mention = open.mention;
    close(false);
    intent.quiet(mention);
  }, ctx.signal);
  let shadowKeysWired = false;
  function wireShadowKeys() {
    if (!surface || shadowKeysWired) return;
    shadowKeysWired = true;
    // Keys inside the card never reach the document (isolateEvents), so listen on the shadow root too.
    surface.shadow.addEventListener('keydown', (e) => onEscape(e as KeyboardEvent), { signal: ctx.signal });
    // Focus coming into a card opened by the pointer goes back where it came from when the card closes,
    // not to <body>: in a page's modal dialog that would leave the dialog. A press is seen before focus
    // moves, so the element that had it is found even inside the page's own shadow trees; focus tabbed
    // in from the page is known only as the page's retargeted element.
    const keep = (from: Element | null) => {
      if (!open || open.returnFocus || !(from instanceof HTMLElement) || from === document.body) return;
      if (!surface?.shadow.contains(from)) open.returnFocus = from;
    };
    surface.shadow.addEventListener('pointerdown', () => keep(deepActiveElement()), {
      capture: true,
      passive: true,
      signal: ctx.signal,
    });
    surface.shadow.addEventListener(
      'focusin',
      (e) => keep((e as FocusEvent).relatedTarget as Element | null),
      {
        signal: ctx.signal,
      },
    );
    // Focus leaving a card that holds it (and is not pinned) closes it, like any non-modal popup.
    surface.shadow.addEventListener(
      'focusout',
      (e) => {
        const next = (e as FocusEvent).relatedTarget as Node | null;
        if (open && !open.pinned && next && !surface?.shadow.contains(next)) close(false);
      },
      { signal: ctx.signal },
    );
  }

  // A mention no longer detected (its text gone, its name group switched off) takes its card with it;
  // one read again (a new mention: a changed or re-rendered text, an answer streaming in) keeps it,
  // following it. A changed text is dropped until its rescan ran: the card waits for that to close.
  const foundAgain = (card: OpenCard) => foundAgainIn(session.mentions, card.mention, card.parent);
  const follow = (card: OpenCard, mention: Mention): void => {
    card.mention = mention;
    card.parent = mention.startNode.parentNode;
    card.tracking.abort();
    card.tracking = new AbortController();
    surface?.follow(mention.range, card.point, card.tracking.signal);
  };
  let recheck: Promise<void> | undefined;
  session.onChange(() => {
    if (!open || session.mentionById(open.mention.id)) return;
    const again = foundAgain(open);
    if (again) return follow(open, again);
    recheck ??= session.settled().then(() => {
      recheck = undefined;
      if (!open || session.mentionById(open.mention.id)) return;
      const later = foundAgain(open);
      if (later) follow(open, later);
      else close(false);
    });
  }, ctx.signal);

  async function reveal(mention: Mention) {
    if (!isShown(mention)) return false;
    scrollToMention(mention);
    flashMention(mention, ctx.signal);
    await show(mention, null, true);
    return true;
  }

  ctx.onInvalidated(() => close(false));

  return {
    update(next) {
      settings = { ...settings, ...next };
      draw();
    },
    async revealMention(id) {
      const mention = session.mentionById(id);
      return mention ? reveal(mention) : false;
    },
    async openNext() {
      const mentions = reachableMentions(session.mentions).filter(isShown);
      const current = open?.mention ?? null;
      const index = nextMentionIndex(mentions, current, sameMention);
      const mention = index === null ? undefined : mentions[index];
      return mention ? reveal(mention) : false;
    },
    close: () => close(true),
  };
}
