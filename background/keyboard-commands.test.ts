import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope } from '../utils/messaging';
import { wakeInjection } from '../utils/wake-top-frame';
import { listenForCommands } from './keyboard-commands';

// A browser-level shortcut cannot be pressed in headless Chromium, so the real-browser tests send what
// this listener sends (settings-toggle-site, card-hover). This pins the listener itself: which command
// leads to which message, to which tab, and that the site switch wakes the page first.
type Listener = (command: string, tab?: { id?: number }) => void;

let onCommand: Listener;
let wakeAnswer: boolean;
const executeScript = vi.fn();
const sendMessage = vi.fn();
const query = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  executeScript.mockReset().mockImplementation(async () => [{ frameId: 0, result: wakeAnswer }]);
  sendMessage.mockReset().mockResolvedValue({ host: 'example.com', enabled: false });
  query.mockReset().mockResolvedValue([{ id: 42 }]);
  wakeAnswer = true;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => {
    onCommand = fn as unknown as Listener;
  });
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.tabs, { sendMessage, query });
  listenForCommands();
});

/** Lets the listener's async work finish. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('keyboard commands', () => {
  test('toggle-site wakes the tab’s top frame, then asks it to flip its site', async () => {
    onCommand('toggle-site', { id: 7 });
    await settle();
    expect(executeScript).toHaveBeenCalledWith(wakeInjection(7));
    expect(sendMessage).toHaveBeenCalledWith(7, envelope('toggleSite', {}), { frameId: 0 });
    expect(executeScript.mock.invocationCallOrder[0]).toBeLessThan(sendMessage.mock.invocationCallOrder[0]!);
  });

  test('toggle-site sends nothing to a tab whose page does not answer the wake', async () => {
    wakeAnswer = false;
    onCommand('toggle-site', { id: 7 });
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('toggle-site on a page MedGlance cannot run on (the wake throws) fails quietly', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    onCommand('toggle-site', { id: 7 });
    await settle();
    expect(executeScript).toHaveBeenCalledWith(wakeInjection(7));
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('next-mention asks the top frame for the next mention, without a wake', async () => {
    onCommand('next-mention', { id: 9 });
    await settle();
    expect(sendMessage).toHaveBeenCalledWith(9, envelope('nextMention', {}), { frameId: 0 });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('without a tab in the event, the active tab of the current window is used', async () => {
    onCommand('next-mention');
    await settle();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(42, envelope('nextMention', {}), { frameId: 0 });
  });

  test('an unknown command sends nothing', async () => {
    onCommand('open-everything', { id: 7 });
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
    // The listener is live: a known command right after still goes through.
    onCommand('next-mention', { id: 7 });
    await settle();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
