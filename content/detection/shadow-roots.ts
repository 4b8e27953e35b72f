/**
 * The open shadow roots one detection run has scanned. They matter twice: caretPositionFromPoint only
 * looks inside the shadow roots it is given (hit-test), and page stylesheets do not reach into shadow
 * trees, so the highlight style is adopted into each (content/page/highlight-style.ts).
 *
 * Roots whose host left the document are dropped whenever the list is read, so SPAs that churn web
 * components do not keep detached trees alive through us.
 */
export interface ShadowRootRegistry {
  /** Records a root (no-op when known); listeners hear of new roots. */
  add(root: ShadowRoot): void;
  /** The known roots still in the document. */
  connected(): ShadowRoot[];
  /** Calls `cb` for every known root now and for each new one, until `signal` aborts. */
  onRoot(cb: (root: ShadowRoot) => void, signal: AbortSignal): void;
}

export function createShadowRootRegistry(): ShadowRootRegistry {
  const roots = new Set<ShadowRoot>();
  const listeners = new Set<(root: ShadowRoot) => void>();
  const connected = (): ShadowRoot[] => {
    const out: ShadowRoot[] = [];
    for (const root of roots) {
      if (root.host.isConnected) out.push(root);
      else roots.delete(root);
    }
    return out;
  };
  return {
    add(root) {
      if (roots.has(root)) return;
      roots.add(root);
      for (const cb of listeners) cb(root);
    },
    connected,
    onRoot(cb, signal) {
      if (signal.aborted) return;
      for (const root of connected()) cb(root);
      listeners.add(cb);
      signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    },
  };
}
