import { browser } from 'wxt/browser';

/**
 * The global, in the content scripts' isolated world of every frame, through which the popup and the
 * background ask MedGlance's content script in a tab's top frame to answer them
 * (content/page/answer-top-frame.ts); in any other frame it says no when called, so a frame does not
 * read `window.top` (costly from a cross-origin frame) until it is asked.
 * Until one asks, a page without a name reads no extension API and adds no listener: the polyfill's
 * start-up and Chromium's runtime binding cost more than the presence check itself on a typical page
 * (bench "pages without a name"). A page cannot see the isolated world.
 */
export const WAKE_GLOBAL = '__medglanceAnswer';

/**
 * Runs in the frame (scripting.executeScript): true when a live content script answers from now on.
 * Only our own global counts, not a named element the window exposes under the same name.
 */
function wake(name: string): boolean {
  const answer: unknown = Object.hasOwn(globalThis, name)
    ? (globalThis as unknown as Record<string, unknown>)[name]
    : undefined;
  return typeof answer === 'function' && answer() === true;
}

/**
 * The `scripting.executeScript` details that wake a tab's top frame: what wakeTopFrame runs, and what
 * the real-browser tests run from the service worker in its place.
 */
export const wakeInjection = (tabId: number) => ({
  target: { tabId, frameIds: [0] },
  // The content scripts' world (never the page's, where a page could define the function).
  world: 'ISOLATED' as const,
  injectImmediately: true,
  func: wake,
  args: [WAKE_GLOBAL] as [string],
});

/**
 * Asks the content script in a tab's top frame to answer the popup's port and the site switch's
 * command. False where none runs: a page MedGlance cannot run on, or one still loading (the function
 * runs at once, not when the page is idle, so the caller can try again later).
 */
export async function wakeTopFrame(tabId: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript(wakeInjection(tabId));
    return frame?.result === true;
  } catch {
    return false;
  }
}
