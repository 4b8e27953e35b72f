/**
 * Runs `register` now with a signal, and again each time the page gives its document a new root
 * element: `document.open()` (a page rewriting itself with document.write) erases every event listener
 * of the document, its nodes and its window, ours included, and puts a new `<html>` in. The previous
 * round's signal is aborted first, so listeners that survived are not doubled. A MutationObserver is not
 * erased; it watches only the document's own children, so it wakes for nothing else.
 */
export function onEachDocument(register: (signal: AbortSignal) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let round = new AbortController();
  const start = (): void => {
    round.abort();
    round = new AbortController();
    register(round.signal);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].includes(document.documentElement!))) start();
  });
  observer.observe(document, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      round.abort();
    },
    { once: true },
  );
  start();
}
