import { isOwnUi } from './skip-rules';

/**
 * Custom elements that are in the page before their definition arrives (a code-split bundle, a widget
 * loaded on demand) attach their shadow root and render into it when it does, and no mutation tells the
 * observers: the shadow root is new, and nothing watches it yet. No event or observer reports an upgrade
 * to an isolated world (a ResizeObserver sees no change in the box of an inline element, which a custom
 * element is unless styled), so one element of each watched name is looked at again on a timer: soon
 * after a new name is found, then less and less often (at most every 10 s) while any is still undefined
 * and in the page. Nothing is made on a page without an undefined custom element but the one query
 * that finds none.
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
  // By tag name: a definition upgrades every element of its name at once, so each poll looks at one
  // element per name (an Angular app's hundreds of never-defined tags cost a few reads per poll).
  const watched = new Map<string, Set<Element>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_MS;
  let stopped = false;
  const sweep = (): void => {
    for (const [name, els] of watched) {
      for (const el of els) if (!el.isConnected) els.delete(el);
      if (els.size === 0) watched.delete(name);
    }
  };
  const poll = (): void => {
    timer = undefined;
    sweep();
    for (const [name, els] of watched) {
      const [first] = els;
      // A shadow root says it was upgraded as well (and is all a DOM without :defined can tell).
      if (!first!.shadowRoot && !first!.matches(':defined')) continue;
      watched.delete(name);
      // Defined: those with an open shadow root are new to read; the others' light children are the
      // document's to watch.
      for (const el of els) if (el.shadowRoot) onUpgrade(el);
    }
    wait = Math.min(wait * 2, MAX_MS);
    arm();
  };
  const arm = (): void => {
    if (watched.size && !stopped && timer === undefined) timer = setTimeout(poll, wait);
  };
  /** True when `el` is of a name not watched before. */
  const watch = (el: Element): boolean => {
    // One that has its shadow root already (attached before or without a definition) is read as a host.
    if (el.shadowRoot || !isCustom(el)) return false;
    const els = watched.get(el.localName);
    if (els) {
      els.add(el);
      return false;
    }
    watched.set(el.localName, new Set([el]));
    return true;
  };
  return {
    look(root) {
      if (stopped) return;
      let fresh = false;
      if (root.nodeType === 1 && (root as Element).matches(UNDEFINED)) fresh = watch(root as Element);
      if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11) {
        const found = (root as ParentNode).querySelectorAll(UNDEFINED);
        for (let i = 0; i < found.length; i++) fresh = watch(found[i]!) || fresh;
      }
      if (!fresh) return arm();
      // A name not seen before is looked at soon, even when older ones are waited for less often.
      wait = FIRST_MS;
      clearTimeout(timer);
      timer = undefined;
      arm();
    },
    sweep,
    stop() {
      stopped = true;
      clearTimeout(timer);
      watched.clear();
    },
  };
}
