/** How often the address is compared where the Navigation API is missing (Firefox ESR 140). */
const POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', cb: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `cb` after same-document navigations (SPA route changes) until `signal` aborts. Listens with
 * the Navigation API where there is one, else compares `location.href` once a second. Unlike WXT's
 * `wxt:locationchange`, it dispatches nothing: WXT's watcher fires an event named after the extension's
 * id on the page's window, which any page can listen for (DESIGN.md contract 6).
 */
export function watchLocation(cb: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', cb, { signal });
    return;
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    cb();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
