import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WAKE_GLOBAL } from '../../utils/wake-top-frame';
import { answerTopFrameWhenAsked } from './answer-top-frame';

const global = globalThis as unknown as Record<string, unknown>;
const ask = (): unknown => (global[WAKE_GLOBAL] as () => unknown)();

beforeEach(() => {
  fakeBrowser.reset();
  delete global[WAKE_GLOBAL];
});

/** How many listeners were added to the popup's port and to messages. */
function listening() {
  // (The fake browser has no onConnect: spies stand in for it.)
  const port = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
  const messages = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  return () => ({ port: port.mock.calls.length, messages: messages.mock.calls.length });
}

test('listens to the popup and the site switch only once asked, and once however often it is asked', () => {
  const added = listening();
  answerTopFrameWhenAsked(new ContentScriptContext('medications'));
  expect(added()).toEqual({ port: 0, messages: 0 });
  expect(ask()).toBe(true);
  expect(ask()).toBe(true);
  expect(added()).toEqual({ port: 1, messages: 1 });
});

test('a content script whose extension is gone (updated, reloaded) says no and listens to nothing', () => {
  const added = listening();
  const ctx = new ContentScriptContext('medications');
  answerTopFrameWhenAsked(ctx);
  ctx.abort();
  expect(ask()).toBe(false);
  expect(added()).toEqual({ port: 0, messages: 0 });
});

test('a frame that is not the top one says no and listens to nothing', () => {
  const added = listening();
  answerTopFrameWhenAsked(new ContentScriptContext('medications'));
  vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
  expect(ask()).toBe(false);
  expect(added()).toEqual({ port: 0, messages: 0 });
});
