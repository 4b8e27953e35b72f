import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportCaught } from './dev-log';
import { onMessage } from './messaging';

beforeEach(() => fakeBrowser.reset());

test('in a web page, a caught error goes to the extension (never to the page console)', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const received: string[] = [];
  onMessage('caughtError', ({ text }) => void received.push(text));
  reportCaught('rescan', new Error('boom'));
  await vi.waitFor(() => expect(received).toHaveLength(1));
  expect(received[0]).toMatch(/^rescan: Error: boom/);
  expect(warn).not.toHaveBeenCalled();
});

test('in an extension page, it is logged there', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubGlobal('location', { protocol: 'chrome-extension:' });
  reportCaught('mounting the card', 'nope');
  vi.unstubAllGlobals();
  expect(warn).toHaveBeenCalledWith('[MedGlance dev]', 'mounting the card: nope');
});
