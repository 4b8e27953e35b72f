import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardDetail } from '../../components/card/card-view';
import type { MedicationContent } from '../../medications/types';
import type { Locale } from '../../i18n/locales';
import { translator, type Translator } from '../../i18n/translate';
import { reportCaught } from '../../utils/dev-log';
import { resolveRegion } from '../../utils/settings-region';
import type { Settings } from '../../utils/settings-schema';
import { lazyCardSurface, type CardSurface } from './mount';
import { followMention, lineIndexAt, mentionReference } from './position';
import { watchHoverIntent } from './hover-intent';
import { flashMention, nextMentionIndex, scrollToMention } from './reveal';
import type { Mention } from '../detection/mention';
import { sameMention, type MentionSource } from './types';

/** The settings the card reacts to, and the reader's language; `update()` applies changes live. */
export type CardSettings = Pick<
  Settings,
  'trigger' | 'hoverDelayMs' | 'theme' | 'textSize' | 'region' | 'cardOpens'
> & { readonly locale: Locale };

export interface CardControllerOptions extends CardSettings {
  /** The content of the medication a mention refers to (undefined: nothing to show). */
  contentFor(mention: Mention): MedicationContent | undefined;
}

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
  detail: CardDetail;
  /** Aborts position tracking of this opening. */
  tracking: AbortController;
  /** Where focus was before the card took it (keyboard openings); restored on Escape/close. */
  returnFocus: Element | null;
}

/** Wires hover intent, keyboard and messages to one lazily mounted hover card. */
export function createCardController(
  ctx: ContentScriptContext,
  session: MentionSource,
  options: CardControllerOptions,
): CardController {
  let settings: CardControllerOptions = { ...options };
  let open: OpenCard | null = null;
  let surface: CardSurface | null = null;
  let generation = 0; // guards against an older async open finishing after a newer one
  const getSurface = lazyCardSurface(ctx);
  let t: Translator | null = null;
  const translate = (): Translator => (t?.locale === settings.locale ? t : (t = translator(settings.locale)));

  const draw = () => {
    if (!surface) return;
    if (!open) return surface.render(null);
    const { mention } = open;
    const content = settings.contentFor(mention);
    if (!content) return surface.render(null);
    surface.render({
      content,
      foundAs: mention.text,
      name: mention.name,
      detail: open.detail,
      onDetailChange: (detail) => {
        if (open) open.detail = detail;
        draw();
      },
      region: resolveRegion(settings.region),
      pinned: open.pinned,
      onPinChange: (pinned) => {
        if (open) open.pinned = pinned;
        draw();
      },
      onClose: () => close(true),
      theme: settings.theme,
      textSize: settings.textSize,
      t: translate(),
    });
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
    const returnFocus = focus ? (open?.returnFocus ?? document.activeElement) : (open?.returnFocus ?? null);
    open?.tracking.abort();
    // Mounting fails only when the extension was reloaded under the page: then there is nothing to show.
    surface = await getSurface().catch(
      (error: unknown) => (reportCaught('mounting the card', error), surface),
    );
    wireShadowKeys();
    if (my !== generation || ctx.isInvalid || !surface) return;
    const tracking = new AbortController();
    open = { mention, pinned: false, detail: settings.cardOpens, tracking, returnFocus };
    draw();
    const dialog = surface.dialog();
    if (!dialog) return;
    followMention(
      mentionReference(mention.range, lineIndexAt(mention.range, point)),
      dialog,
      tracking.signal,
    );
    if (focus) dialog.focus({ preventScroll: true });
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
      inCard: (target) => !!surface && target === surface.host,
      cardRect: () => (open && surface?.dialog()?.getBoundingClientRect()) || null,
      open: (mention, point) => void show(mention, point, false),
      close: () => close(false),
    },
    ctx.signal,
  );

  // Escape closes the card wherever focus is, without moving the pointer; the mention under the pointer
  // stays quiet until the pointer leaves it.
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    const mention = open.mention;
    close(true);
    intent.quiet(mention);
  };
  document.addEventListener('keydown', onEscape, { capture: true, signal: ctx.signal });
  let shadowKeysWired = false;
  function wireShadowKeys() {
    if (!surface || shadowKeysWired) return;
    shadowKeysWired = true;
    // Keys inside the card never reach the document (isolateEvents), so listen on the shadow root too.
    surface.shadow.addEventListener('keydown', (e) => onEscape(e as KeyboardEvent), { signal: ctx.signal });
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

  // A mention that leaves the page takes its card with it.
  session.onChange(() => {
    if (open && !open.mention.range.startContainer.isConnected) close(false);
  }, ctx.signal);

  async function reveal(mention: Mention) {
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
      const current = open?.mention ?? null;
      const index = nextMentionIndex(session.mentions, current, sameMention);
      const mention = index === null ? undefined : session.mentions[index];
      return mention ? reveal(mention) : false;
    },
    close: () => close(true),
  };
}
