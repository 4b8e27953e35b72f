import { browser } from 'wxt/browser';
import { envelope, onMessage, sendToTab, type Envelope } from '../utils/messaging';

/**
 * Contract 2 across frames: Escape closes the card. A key goes only to the frame that has focus, and
 * hovering moves no focus, so a card in an ad or embed frame would not hear an Escape typed in the page
 * (nor a card in the page one typed in an embed). Once a card has opened in a tab, every frame of it
 * gets a listener that tells the background of each Escape, and the background tells every frame to
 * close its card. Both run in the content scripts' isolated world and use the extension's own
 * messaging: the page sees no event, message or attribute of ours. A frame asks again on a later opening
 * (at most every 10 s, content/card/controller.ts), so frames the page added since get the listener too.
 */
export function relayEscape(): void {
  onMessage('cardOpened', async (_data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    try {
      // Frames that cannot be scripted are left out; the others get the listener.
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: listenForEscape,
        args: [envelope('escapeKey', {})],
      });
    } catch {
      // The tab closed, or one of its frames cannot be scripted: the card still closes on its own Escape.
    }
  });
  onMessage('escapeKey', async (_data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await sendToTab(tabId, 'closeCard', {}, 'every');
  });
}

/**
 * Injected into each frame (serialized: it may use nothing from outside itself; `message` is the
 * envelope to send). The frame's isolated world keeps the listener, so a second injection replaces it.
 * Only the browser's own presses count (isTrusted), not a held key's repeats or an input method's Escape.
 */
function listenForEscape(message: Envelope<'escapeKey'>): void {
  const world = globalThis as unknown as Record<string, unknown> & {
    browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  };
  const runtime = (world.browser ?? world.chrome)?.runtime;
  const listener = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !e.isTrusted || e.repeat || e.isComposing) return;
    try {
      void runtime?.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded or removed under the page.
    }
  };
  // Added again on each injection (a rewritten document erased it; a frame asks again later): the
  // previous one, if it survived, goes first, so an Escape is never relayed twice.
  const previous = world.medglanceEscapeRelay as typeof listener | undefined;
  if (previous) removeEventListener('keydown', previous, true);
  world.medglanceEscapeRelay = listener;
  addEventListener('keydown', listener, true);
}
