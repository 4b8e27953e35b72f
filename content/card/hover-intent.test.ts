import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLOSE_GRACE_MS, watchHoverIntent, type HoverIntentHooks } from './hover-intent';
import { Mention } from '../detection/mention';
import type { MentionSource } from './types';

// A page with one mention occupying x < 100 (any y), a second one at x 2000..2100 beneath a cover (only
// hitTestBelow finds it), and a card host element for "pointer in card".
const text = document.createTextNode('Accutane');
const name = { medicationId: 'isotretinoin', text: 'Accutane', group: 'brands' } as const;
const mention = new Mention('Accutane', name, text, 0, text, 8, [text]);
const covered = new Mention('Accutane', name, text, 0, text, 8, [text]);
let belowCalls = 0;
const session: MentionSource = {
  mentions: [mention, covered],
  mentionById: (id) => [mention, covered].find((m) => m.id === id),
  hitTest: (x) => (x < 100 ? mention : null),
  hitTestBelow: (x) => (belowCalls++, x >= 2000 && x < 2100 ? covered : null),
  onChange: () => {},
  settled: async () => undefined,
};
const cardHost = document.createElement('medglance-card');

let shown: Mention | null;
let pinned: boolean;
let trigger: 'hover' | 'hover-modifier' | 'click';
let opens: number;
let considered: Mention[];
let controller: AbortController;
let intent: ReturnType<typeof watchHoverIntent>;

function move(x: number, target: EventTarget = document.body, init: PointerEventInit = {}) {
  target.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: x,
      clientY: 10,
      pointerType: 'mouse',
      bubbles: true,
      ...init,
    }),
  );
  vi.advanceTimersByTime(20); // one animation frame
}

const tap = (x: number) => {
  for (const type of ['pointerdown', 'pointerup'])
    document.body.dispatchEvent(
      new PointerEvent(type, { clientX: x, clientY: 10, pointerType: 'touch', bubbles: true }),
    );
};

/** A mouse press or release (pointerdown / pointerup) at x. */
const press = (type: string, x: number, button = 0) =>
  document.body.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: 10, button, pointerType: 'mouse', bubbles: true }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  document.body.append(text, cardHost);
  shown = null;
  pinned = false;
  trigger = 'hover';
  opens = 0;
  considered = [];
  belowCalls = 0;
  controller = new AbortController();
  const hooks: HoverIntentHooks = {
    delayMs: () => 300,
    trigger: () => trigger,
    shown: () => shown,
    pinned: () => pinned,
    inCard: (event) => event.target === cardHost,
    // The card sits at x 100..400 (the pointer's y is always 10, level with it).
    cardRect: () => (shown ? new DOMRect(100, 0, 300, 300) : null),
    considering: (m) => considered.push(m),
    open: (m) => ((shown = m), opens++),
    close: () => (shown = null),
  };
  intent = watchHoverIntent(session, hooks, controller.signal);
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('hover intent', () => {
  test('a mention beneath a cover is looked for once the pointer rests, never on each move', () => {
    for (let x = 1950; x < 2050; x += 10) move(x);
    expect(belowCalls).toBe(0);
    vi.advanceTimersByTime(120);
    expect(belowCalls).toBe(1);
    vi.advanceTimersByTime(300);
    expect(shown).toBe(covered);
    // Off it, the card closes after the grace like any other.
    move(2500);
    vi.advanceTimersByTime(120 + CLOSE_GRACE_MS);
    expect(shown).toBeNull();
  });

  test('resting on a mention opens the card after the delay, not before', () => {
    move(50);
    vi.advanceTimersByTime(250);
    expect(shown).toBeNull();
    vi.advanceTimersByTime(100);
    expect(shown).toBe(mention);
  });

  test('the controller hears of a mention as soon as the pointer rests on it, once, and not for the open card', () => {
    move(50);
    expect([considered, shown]).toEqual([[mention], null]);
    move(60);
    vi.advanceTimersByTime(400);
    expect([considered.length, shown]).toEqual([1, mention]);
    move(70);
    expect(considered).toHaveLength(1);
  });

  test('a quick pass over a mention opens nothing', () => {
    move(50);
    vi.advanceTimersByTime(100);
    move(300);
    vi.advanceTimersByTime(1000);
    expect(opens).toBe(0);
  });

  test('moving into the card keeps it; leaving both closes it after the grace', () => {
    move(50);
    vi.advanceTimersByTime(400);
    move(150); // the gap between mention and card
    move(160, cardHost);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(shown).toBe(mention);
    move(600);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    expect(shown).toBe(mention);
    vi.advanceTimersByTime(100);
    expect(shown).toBeNull();
  });

  test('a pointer heading slowly for the card keeps it; one moving away loses it', () => {
    // Card to the right of x=400 for this test: move the pointer from the mention leftwards first.
    move(50);
    vi.advanceTimersByTime(400);
    move(1000); // off both: grace starts
    for (let x = 990; x > 400; x -= 20) {
      vi.advanceTimersByTime(150); // slow: the whole trip takes far longer than the grace
      move(x);
    }
    expect(shown).toBe(mention);
    move(1000);
    vi.advanceTimersByTime(CLOSE_GRACE_MS + 50);
    expect(shown).toBeNull();
  });

  test('a pinned card stays when the pointer leaves', () => {
    move(50);
    vi.advanceTimersByTime(400);
    pinned = true;
    move(600);
    vi.advanceTimersByTime(5000);
    expect(shown).toBe(mention);
  });

  test('after Escape the mention under the pointer stays quiet until the pointer leaves it', () => {
    move(50);
    vi.advanceTimersByTime(400);
    shown = null; // Escape closed it
    intent.quiet(mention);
    move(55);
    vi.advanceTimersByTime(1000);
    expect(shown).toBeNull();
    move(300);
    move(50);
    vi.advanceTimersByTime(400);
    expect(shown).toBe(mention);
  });

  test('hover-modifier opens only while Alt is held; click trigger ignores hover', () => {
    trigger = 'hover-modifier';
    move(50);
    vi.advanceTimersByTime(1000);
    expect(shown).toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true }));
    vi.advanceTimersByTime(400);
    expect(shown).toBe(mention);
    shown = null;
    move(300);
    move(51, document.body, { altKey: true });
    vi.advanceTimersByTime(400);
    expect(shown).toBe(mention);
    shown = null;
    trigger = 'click';
    move(300);
    move(50);
    vi.advanceTimersByTime(1000);
    expect(shown).toBeNull();
  });

  test('click trigger: a left click opens; a right or middle click, or a drag that ends on it, does not', () => {
    trigger = 'click';
    for (const button of [2, 1]) {
      press('pointerdown', 50, button);
      press('pointerup', 50, button);
    }
    press('pointerdown', 10);
    press('pointerup', 60); // text selected by dragging across the mention
    press('pointerdown', 50);
    document.body.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true }));
    press('pointerup', 50);
    document.body.dispatchEvent(
      new PointerEvent('pointerdown', { clientX: 50, clientY: 10, ctrlKey: true, bubbles: true }),
    );
    document.body.dispatchEvent(
      new PointerEvent('pointerup', { clientX: 50, clientY: 10, ctrlKey: true, bubbles: true }),
    );
    expect(shown).toBeNull();
    press('pointerdown', 50);
    press('pointerup', 51);
    expect(shown).toBe(mention);
  });

  test('a touch tap on a mention opens at once; a tap elsewhere closes', () => {
    tap(50);
    expect(shown).toBe(mention);
    tap(500);
    expect(shown).toBeNull();
  });
});
