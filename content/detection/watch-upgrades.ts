import { isOwnUi } from './skip-rules';

/**
 * Custom elements that are in the page before their definition arrives (a code-split bundle, a widget
 * loaded on demand) attach their shadow root and render into it when it does, and no mutation tells the
 * observers: the shadow root is new, and nothing watches it yet. No event or observer reports an upgrade
 * to an isolated world (a ResizeObserver sees no change in the box of an inline element, which a custom
 * element is unless styled), so the watched elements are looked at again on a timer: soon after they
 * are found, then less and less often (at most every 10 s) while any is still undefined and in the page.
 * Nothing is made on a page without an undefined custom element but the one query that finds none.
 */
export interface UpgradeWatch {
  /** Watches the undefined custom elements at or under `root`. */
  look(root: Node): void;
  /** Forgets watched elements that left the page (watching would keep them alive). */
  sweep(): void;
  stop(): void;
}

const UNDEFINED = ':not(:defined)';
const FIRST_MS = 250;
const MAX_MS = 10_000;
// Only a custom element's name has a hyphen; built-in and unknown elements are always defined.
const isCustom = (el: Element): boolean => el.localName.includes('-') && !isOwnUi(el);

/** `onUpgrade` hears of each watched element that now has an open shadow root. */
export function watchUpgrades(onUpgrade: (host: Element) => void): UpgradeWatch {
  const watched = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_MS;
  let stopped = false;
  const sweep = (): void => {
    for (const el of watched) if (!el.isConnected) watched.delete(el);
  };
  const poll = (): void => {
    timer = undefined;
    for (const el of watched) {
      if (el.shadowRoot) {
        watched.delete(el);
        onUpgrade(el);
      } else if (!el.isConnected || el.matches(':defined')) {
        // Defined without an open shadow root: its light children are the document's to watch.
        watched.delete(el);
      }
    }
    wait = Math.min(wait * 2, MAX_MS);
    if (watched.size && !stopped) timer = setTimeout(poll, wait);
  };
  const watch = (el: Element): void => {
    // One that has its shadow root already (attached before or without a definition) is read as a host.
    if (watched.has(el) || el.shadowRoot || !isCustom(el)) return;
    watched.add(el);
    // Newly found elements are looked at soon, even when older ones are waited for less often.
    wait = FIRST_MS;
    clearTimeout(timer);
    timer = setTimeout(poll, wait);
  };
  return {
    look(root) {
      if (stopped) return;
      if (root.nodeType === 1 && (root as Element).matches(UNDEFINED)) watch(root as Element);
      if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
      const found = (root as ParentNode).querySelectorAll(UNDEFINED);
      for (let i = 0; i < found.length; i++) watch(found[i]!);
    },
    sweep,
    stop() {
      stopped = true;
      clearTimeout(timer);
      watched.clear();
    },
  };
}
