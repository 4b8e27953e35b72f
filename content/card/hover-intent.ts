import { onEachDocument } from '../../utils/each-document';
import type { Trigger } from '../../utils/settings-schema';
import { rectsContain } from '../detection/hit-test';
import type { Mention } from '../detection/mention';
import { sameMention, type MentionSource } from './types';

/** How long the card stays after the pointer leaves mention and card: enough to cross the gap into it. */
export const CLOSE_GRACE_MS = 400;
/**
 * A pointer at rest this long where no mention is found is looked at again beneath what covers the
 * point (a card's stretched link, an overlay): one elementsFromPoint per rest, never per move.
 */
const REST_MS = 120;

/** What hover intent needs of a pointer move. */
interface PointerSample {
  readonly x: number;
  readonly y: number;
  readonly target: EventTarget | null;
  readonly altKey: boolean;
  /** The move happened in the card (hooks.inCard, asked while the event was dispatched). */
  readonly inCard: boolean;
}

export interface HoverIntentHooks {
  delayMs(): number;
  trigger(): Trigger;
  /** The mention whose card is open, or null. */
  shown(): Mention | null;
  pinned(): boolean;
  /** The open card's viewport rect, to tell a pointer heading for it from one leaving. */
  cardRect(): DOMRect | null;
  /** True when the event happened inside the card; asked while it is dispatched. */
  inCard(event: Event): boolean;
  /** The pointer came to rest on a mention: its card opens when the delay runs out, unless it moves on. */
  considering?(mention: Mention): void;
  open(mention: Mention, point: { x: number; y: number }): void;
  close(): void;
}

/**
 * Decides when the pointer means "show me": the card opens only after the pointer rests on a mention for
 * the delay (a quick pass opens nothing), stays while the pointer is on the mention or the card, and
 * closes after a short grace once it is on neither. Touch taps (and clicks, for the click trigger) open at
 * once. Passive document listeners, hit-testing at most once per frame; nothing is ever cancelled.
 */
export function watchHoverIntent(session: MentionSource, hooks: HoverIntentHooks, signal: AbortSignal) {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let candidate: Mention | null = null;
  /** After Escape, the mention under the pointer stays quiet until the pointer leaves it. */
  let quiet: Mention | null = null;
  let frame = 0;
  let last: PointerSample | null = null;
  /** Pointer's distance to the card at the previous move while a close is pending. */
  let lastDistance: number | null = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the last press began (a click trigger opens only on a press let go where it began). */
  let pressedAt: { id: number; x: number; y: number } | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    candidate = null;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (closeTimer !== undefined || !hooks.shown() || hooks.pinned()) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      if (!hooks.pinned()) hooks.close();
    }, CLOSE_GRACE_MS);
  };

  /** `below`: the mention found beneath a cover once the pointer rested (no hit-test again). */
  const onPointer = (e: PointerSample, below?: Mention) => {
    clearTimeout(restTimer);
    if (e.inCard) {
      lastDistance = null;
      cancelOpen();
      cancelClose();
      return;
    }
    let hit = below ?? session.hitTest(e.x, e.y, e.target instanceof Element ? e.target : null);
    // Still on the open card's mention, or on the one quieted by Escape, which a cover may hide from the
    // hit-test: the card stays, and the quiet one stays quiet.
    const shown = hooks.shown();
    if (!hit && shown && rectsContain(shown.range, e.x, e.y)) hit = shown;
    if (!hit && quiet && rectsContain(quiet.range, e.x, e.y)) hit = quiet;
    // With the click trigger a rest opens nothing (clicks are hit-tested as they come).
    if (!hit && !below && hooks.trigger() !== 'click')
      restTimer = setTimeout(() => {
        const covered = session.hitTestBelow(e.x, e.y);
        if (covered) onPointer(e, covered);
      }, REST_MS);
    if (!sameMention(hit, quiet)) quiet = null;
    if (!hit || quiet) {
      cancelOpen();
      // Safe path: while the pointer keeps getting closer to the card, the grace starts over, so a slow
      // or roundabout move from the mention into the card does not lose it.
      const distance = distanceTo(hooks.cardRect(), e);
      if (
        closeTimer !== undefined &&
        distance !== null &&
        lastDistance !== null &&
        distance < lastDistance - 1
      )
        cancelClose();
      lastDistance = distance;
      scheduleClose();
      return;
    }
    lastDistance = null;
    if (sameMention(hit, hooks.shown())) {
      cancelOpen();
      cancelClose();
      return;
    }
    const wanted = hooks.trigger() === 'hover' || (hooks.trigger() === 'hover-modifier' && e.altKey);
    if (!wanted) return scheduleClose();
    if (sameMention(hit, candidate)) return;
    cancelOpen();
    candidate = hit;
    hooks.considering?.(hit);
    const point = { x: e.x, y: e.y };
    openTimer = setTimeout(() => {
      openTimer = undefined;
      candidate = null;
      if (hooks.pinned()) return;
      cancelClose();
      hooks.open(hit, point);
    }, hooks.delayMs());
  };

  // Registered again on a document the page rewrote with document.open(), which erases them.
  onEachDocument((round) => {
    const opts = { passive: true, signal: round } as const;
    const first = { ...opts, capture: true } as const;
    // On the window, capturing: the first place a pointer event reaches, so a page that stops it on its
    // way (a drag widget; React 17+ stops the native event at its root when a component stops its own)
    // still lets us see it. Only a page listener registered there before ours can stop it first.
    window.addEventListener(
      'pointermove',
      (e) => {
        if (e.pointerType === 'touch') return;
        last = { x: e.clientX, y: e.clientY, target: e.target, altKey: e.altKey, inCard: hooks.inCard(e) };
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          if (last) onPointer(last);
        });
      },
      first,
    );
    // With the Alt trigger, pressing Alt while the pointer rests on a mention counts as a move.
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Alt' && last && hooks.trigger() === 'hover-modifier')
          onPointer({ ...last, altKey: true });
      },
      first,
    );
    // The pointer left the window: same as leaving the mention.
    document.documentElement.addEventListener(
      'pointerleave',
      (e) => {
        // A lifted finger or pen "leaves" every element under it: that is no leaving.
        if (e.pointerType === 'touch' || e.pointerType === 'pen') return;
        clearTimeout(restTimer);
        cancelOpen();
        scheduleClose();
      },
      opts,
    );
    // Taps (touch) and, with the click trigger, clicks open at once. The click itself is left alone, so a
    // mention inside a link still follows the link.
    window.addEventListener(
      'pointerdown',
      (e) => void (pressedAt = { id: e.pointerId, x: e.clientX, y: e.clientY }),
      first,
    );
    window.addEventListener('pointercancel', () => void (pressedAt = null), first);
    window.addEventListener(
      'pointerup',
      (e) => {
        if (hooks.inCard(e)) return;
        const tap = e.pointerType === 'touch' || e.pointerType === 'pen';
        if (!tap && hooks.trigger() !== 'click') return;
        // A click or tap is the main button let go where it was pressed: not a right or middle click, a
        // Ctrl/Cmd-click (a menu, a new tab), nor the end of a drag selecting text.
        const at = pressedAt;
        pressedAt = null;
        const still =
          at?.id === e.pointerId && Math.abs(at.x - e.clientX) <= 4 && Math.abs(at.y - e.clientY) <= 4;
        if (e.button !== 0 || !still || e.ctrlKey || e.metaKey) return;
        const hit = session.hitTest(e.clientX, e.clientY);
        cancelOpen();
        cancelClose();
        if (hit) hooks.open(hit, { x: e.clientX, y: e.clientY });
        else if (!hooks.pinned()) hooks.close();
      },
      first,
    );
  }, signal);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(restTimer);
      cancelOpen();
      cancelClose();
      cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    /** Keeps the mention under the pointer from reopening until the pointer leaves it (after Escape). */
    quiet(mention: Mention | null) {
      quiet = mention;
      cancelOpen();
      cancelClose();
    },
    /** Stops a pending open or close (e.g. the card was opened or closed another way). */
    reset() {
      cancelOpen();
      cancelClose();
    },
  };
}

function distanceTo(rect: DOMRect | null, p: { x: number; y: number }): number | null {
  if (!rect) return null;
  const dx = Math.max(rect.left - p.x, 0, p.x - rect.right);
  const dy = Math.max(rect.top - p.y, 0, p.y - rect.bottom);
  return Math.hypot(dx, dy);
}
