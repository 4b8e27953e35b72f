import { onMessage, sendToBackground } from '../../utils/messaging';

/**
 * Escape pressed in another frame of the tab (background/escape-relay.ts): keys reach only the frame
 * that has focus, so the background passes each Escape on to every frame, and `close` runs here (focus
 * is in that other frame, so none moves back here).
 */
export function escapeAcrossFrames(close: () => void, signal: AbortSignal) {
  let askedAt = -Infinity;
  onMessage('closeCard', close, signal);
  return {
    /**
     * A card opened here: asks the background to give every frame of the tab the relay's listener, again
     * on later openings (at most every 10 s), so frames the page added since get it too.
     */
    opened(): void {
      if (Date.now() - askedAt <= 10_000) return;
      askedAt = Date.now();
      void sendToBackground('cardOpened', {});
    },
    /** The document was rewritten (its listeners erased): ask again at the next opening. */
    reset(): void {
      askedAt = -Infinity;
    },
  };
}
