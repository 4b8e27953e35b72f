import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';
import type { DetectionSession } from '../detection/detection-session';
import type { PageSettings } from './page-settings';
import { reportBadge } from './report-badge';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** WXT's real context, counting the listeners added to its signal. */
function fakeContext() {
  const ctx = new ContentScriptContext('medications');
  let signalListeners = 0;
  const add = ctx.signal.addEventListener.bind(ctx.signal);
  ctx.signal.addEventListener = ((...args: Parameters<typeof add>) => {
    signalListeners++;
    add(...args);
  }) as typeof add;
  return { ctx, controller: { abort: () => ctx.abort() }, listeners: () => signalListeners };
}

/** A session whose count the test sets, telling its listeners. */
function fakeSession() {
  const listeners = new Set<() => void>();
  const session = {
    count: 0,
    onChange(cb: () => void, signal: AbortSignal) {
      listeners.add(cb);
      signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    },
  };
  const set = (count: number) => {
    session.count = count;
    for (const cb of listeners) cb();
  };
  return { session: session as unknown as DetectionSession, set };
}

const page = {
  settings: DEFAULT_SETTINGS,
  state: 'active',
  onChange() {},
} as unknown as PageSettings;

test('a page whose mentions change all day adds no listener per report, and sends coalesced counts', async () => {
  const sent: number[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: { data?: { count?: number } }) => {
    sent.push(message.data!.count!);
  });
  const { ctx, controller, listeners } = fakeContext();
  const { session, set } = fakeSession();
  reportBadge(ctx, page, session);
  const atStart = listeners();
  for (let i = 1; i <= 200; i++) {
    set(i);
    await vi.advanceTimersByTimeAsync(300);
  }
  expect(listeners() - atStart).toBe(0);
  expect(sent.length).toBe(200);
  expect(sent.at(-1)).toBe(200);
  // Many changes inside one 250 ms window: one report with the last number.
  for (let i = 201; i <= 210; i++) set(i);
  await vi.advanceTimersByTimeAsync(300);
  expect(sent.slice(200)).toEqual([210]);
  controller.abort();
  set(5);
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent.length).toBe(201);
});

/**
 * A `pageshow` event (happy-dom's PageTransitionEvent ignores `persisted`), as the browser sends it
 * (trusted) or as a page script can (not).
 */
function pageshow(persisted: boolean, trusted = true): Event {
  const event = new Event('pageshow');
  Object.defineProperty(event, 'persisted', { value: persisted });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  return event;
}

test('reports again after a back-forward cache restore', async () => {
  const sent: number[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: { data?: { count?: number } }) => {
    sent.push(message.data!.count!);
  });
  const { ctx } = fakeContext();
  const { session, set } = fakeSession();
  reportBadge(ctx, page, session);
  set(3);
  await vi.advanceTimersByTimeAsync(300);
  expect(sent).toEqual([3]);
  window.dispatchEvent(pageshow(false));
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([3]);
  window.dispatchEvent(pageshow(true));
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([3, 3]);
  // A page script's own events never make us send: it cannot flood the background.
  for (let i = 0; i < 50; i++) window.dispatchEvent(pageshow(true, false));
  const frame = document.createElement('iframe');
  document.body.append(frame);
  for (let i = 0; i < 50; i++) frame.dispatchEvent(new Event('load'));
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([3, 3]);
  // The browser's own frame loads (a page churning about:blank frames): one report for a burst.
  for (let i = 0; i < 50; i++) {
    const load = new Event('load');
    Object.defineProperty(load, 'isTrusted', { value: true });
    frame.dispatchEvent(load);
  }
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([3, 3, 3]);
  frame.remove();
});
