import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { globalName, registerLazyModule } from '../../utils/lazy-module';
import { parseMessage } from '../../utils/messaging';
import { runPageModule, type PageModule } from './page-module';

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as Record<string, unknown>)[globalName('page')];
});

/** An event as the browser fires it (trusted, as only the browser's can be). */
function fire(target: EventTarget, type: string): void {
  const event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}
const pageShown = () => fire(window, 'pageshow');

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A background whose first injection fails (the channel closed) and whose next one runs page.js. */
function failingOnce(module: PageModule): () => number {
  let injections = 0;
  // (The fake browser awaits a listener's promise, then takes `true` as "I will call sendResponse".)
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse: (reply: boolean) => void) => {
    if (parseMessage(raw)?.type !== 'loadModule') return undefined;
    injections++;
    if (injections > 1) registerLazyModule('page', module);
    sendResponse(injections > 1);
    return true;
  });
  return () => injections;
}

const startedIn = (started: ContentScriptContext[]): PageModule => ({
  start: async (ctx) => void started.push(ctx),
  servePopup: () => undefined,
  toggleSite: async () => ({ host: '', enabled: true }),
});

test.each([
  ['activated after a prerender', () => fire(document, 'prerenderingchange')],
  ['its tab shown', () => fire(document, 'visibilitychange')],
])('a page module that failed to load loads when the page is %s', async (_, shown) => {
  const started: ContentScriptContext[] = [];
  const injections = failingOnce(startedIn(started));
  const listening = vi.spyOn(document, 'addEventListener');
  const ctx = new ContentScriptContext('medications');
  const running = runPageModule(ctx);
  await vi.waitFor(() =>
    expect(listening.mock.calls.some(([type]) => type === 'prerenderingchange')).toBe(true),
  );
  expect([injections(), started.length]).toEqual([1, 0]);
  shown();
  await running;
  expect([injections(), started]).toEqual([2, [ctx]]);
});

test('a page module that failed to load (page put in the back/forward cache) loads when the page is shown again', async () => {
  const started: ContentScriptContext[] = [];
  const injections = failingOnce(startedIn(started));
  const listening = vi.spyOn(window, 'addEventListener');
  const waitsForPageshow = () => listening.mock.calls.filter(([type]) => type === 'pageshow').length;
  const ctx = new ContentScriptContext('medications');
  const running = runPageModule(ctx);
  await vi.waitFor(() => expect(waitsForPageshow()).toBe(1));
  expect([injections(), started.length]).toEqual([1, 0]);
  // A page's own (untrusted) pageshow does not make us ask again.
  window.dispatchEvent(new Event('pageshow'));
  await tick();
  expect(injections()).toBe(1);
  pageShown();
  await running;
  expect([injections(), started]).toEqual([2, [ctx]]);
});

test('nothing is loaded or retried once the extension has gone away', async () => {
  let injections = 0;
  fakeBrowser.runtime.onMessage.addListener(() => {
    injections++;
    return Promise.resolve(false);
  });
  const ctx = new ContentScriptContext('medications');
  ctx.abort();
  await runPageModule(ctx);
  pageShown();
  await tick();
  expect(injections).toBe(0);
});
