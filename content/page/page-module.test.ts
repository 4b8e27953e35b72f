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

/** The browser's `pageshow` when a page comes back from the back/forward cache (trusted, as only it can be). */
function pageShown(): void {
  const event = new Event('pageshow');
  Object.defineProperty(event, 'isTrusted', { value: true });
  window.dispatchEvent(event);
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('a page module that failed to load (page put in the back/forward cache) loads when the page is shown again', async () => {
  const started: ContentScriptContext[] = [];
  const module: PageModule = {
    start: async (ctx) => void started.push(ctx),
    servePopup: () => undefined,
    toggleSite: async () => ({ host: '', enabled: true }),
  };
  // The background: the first injection fails (the channel closed), the next one runs page.js.
  let injections = 0;
  // (The fake browser awaits a listener's promise, then takes `true` as "I will call sendResponse".)
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse: (reply: boolean) => void) => {
    if (parseMessage(raw)?.type !== 'loadModule') return undefined;
    injections++;
    if (injections > 1) registerLazyModule('page', module);
    sendResponse(injections > 1);
    return true;
  });
  const listening = vi.spyOn(window, 'addEventListener');
  const waitsForPageshow = () => listening.mock.calls.filter(([type]) => type === 'pageshow').length;
  const ctx = new ContentScriptContext('medications');
  const running = runPageModule(ctx);
  await vi.waitFor(() => expect(waitsForPageshow()).toBe(1));
  expect([injections, started.length]).toEqual([1, 0]);
  // A page's own (untrusted) pageshow does not make us ask again.
  window.dispatchEvent(new Event('pageshow'));
  await tick();
  expect(injections).toBe(1);
  pageShown();
  await running;
  expect([injections, started]).toEqual([2, [ctx]]);
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
