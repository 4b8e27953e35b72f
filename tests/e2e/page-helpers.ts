import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { envelope, MENTION_HIGHLIGHT, PAGE_INFO_PORT, type PageInfo } from './extension-constants';
import type { ExtensionSession } from './harness';
import type { ProtocolMap } from '../../utils/messaging';
import { wakeInjection } from '../../utils/wake-top-frame';

/** Anything that evaluates a function in a page or frame (Playwright pages and frames, Puppeteer pages). */
interface Evaluates {
  evaluate(fn: (name: string) => number, name: string): Promise<number>;
}

/** Number of ranges in MedGlance's highlight on a page or frame. */
export const highlightCount = (page: Evaluates): Promise<number> =>
  page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MENTION_HIGHLIGHT);

/** A page's declared expectation, e.g. `data-expected-count` on its body. */
export async function declared(page: Page, attribute: string): Promise<number> {
  return Number(await page.locator('body').getAttribute(attribute));
}

/** Opens a fixture page and waits until the mentions it declares (`data-expected-count`) are highlighted. */
export async function openFixture(s: ExtensionSession, path: string): Promise<Page> {
  const page = await s.newPage(path);
  const expected = await declared(page, 'data-expected-count');
  await expect.poll(() => highlightCount(page)).toBe(expected);
  return page;
}

/**
 * Asks the content script in the page's top frame to answer, from the service worker, with the very
 * injection the popup and the site switch's command run (utils/wake-top-frame.ts): true when it now
 * answers. The function goes over as its source, as `scripting.executeScript` sends it to the frame.
 */
async function wakeFromWorker(s: ExtensionSession, tab: number): Promise<boolean> {
  const { func, ...details } = wakeInjection(tab);
  const call = `chrome.scripting.executeScript({ ...${JSON.stringify(details)}, func: ${func.toString()} })`;
  const expression = `${call}.then(([frame]) => frame?.result === true)`;
  return s.evalInWorker(expression as never, undefined) as Promise<boolean>;
}

/**
 * Sends a message to the page's top frame from the service worker: the exact calls the background makes
 * for the keyboard commands (a browser-level shortcut cannot be pressed in headless Chromium), built by
 * the real protocol module. The site switch first asks the content script to answer.
 */
export async function sendFromWorker<K extends keyof ProtocolMap>(
  s: ExtensionSession,
  page: Page,
  type: K,
  data: ProtocolMap[K]['data'],
): Promise<unknown> {
  const tab = await s.tabIdOf(page);
  if (type === 'toggleSite' && !(await wakeFromWorker(s, tab))) return undefined;
  return s.evalInWorker(
    (m) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(m.tab, m.message, { frameId: 0 }),
    { tab, message: envelope(type, data) },
  );
}

/** What the page tells a popup, read the way the popup reads it: through the page-info port. */
export async function pageInfoFromWorker(s: ExtensionSession, page: Page): Promise<PageInfo> {
  const tab = await s.tabIdOf(page);
  if (!(await wakeFromWorker(s, tab))) throw new Error('no content script answered');
  return s.evalInWorker(
    ({ tab: id, name }) =>
      new Promise<PageInfo>((resolve, reject) => {
        const port = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                connect(
                  id: number,
                  o: object,
                ): {
                  onMessage: { addListener(cb: (m: PageInfo) => void): void };
                  onDisconnect: { addListener(cb: () => void): void };
                  disconnect(): void;
                };
              };
            };
          }
        ).chrome.tabs.connect(id, { name, frameId: 0 });
        port.onMessage.addListener((info) => {
          port.disconnect();
          resolve(info);
        });
        port.onDisconnect.addListener(() => reject(new Error('no content script answered')));
      }),
    { tab, name: PAGE_INFO_PORT },
  );
}
