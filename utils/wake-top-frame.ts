import { browser } from 'wxt/browser';

/**
 * The global, in the content scripts' isolated world of a tab's top frame, through which the popup and
 * the background ask MedGlance's content script to answer them (content/page/answer-top-frame.ts).
 * Until one asks, a page without a name reads no extension API and adds no listener: the polyfill's
 * start-up and Chromium's runtime binding cost more than the presence check itself on a typical page
 * (bench "pages without a name"). A page cannot see the isolated world.
 */
export const WAKE_GLOBAL = '__medglanceAnswer';

/** Runs in the frame (scripting.executeScript): true when a live content script answers from now on. */
function wake(name: string): boolean {
  const answer = (globalThis as unknown as Record<string, unknown>)[name];
  return typeof answer === 'function' && answer() === true;
}

/**
 * Asks the content script in a tab's top frame to answer the popup's port and the keyboard commands.
 * False where none runs: a page MedGlance cannot run on, one still loading, or one left by an older
 * copy of the extension.
 */
export async function wakeTopFrame(tabId: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: wake,
      args: [WAKE_GLOBAL],
    });
    return frame?.result === true;
  } catch {
    return false;
  }
}
