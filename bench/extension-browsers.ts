import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/chromium-path';
import { taskMs } from './bench-browser';

export const HIGHLIGHT = 'medglance-mention';
export const CARD = 'medglance-card';

/** The browser with the extension (and its id's URL prefix) and a control browser without it. */
export interface Browsers {
  ext: {
    context: BrowserContext;
    page: Page;
    cdp: CDPSession;
    prefix: string;
    tabId: () => Promise<number>;
    /** Stores these settings (merged into the defaults as the extension reads them); every tab follows. */
    setSettings: (settings: Record<string, unknown>) => Promise<void>;
  };
  control: { context: BrowserContext; page: Page; cdp: CDPSession };
  close(): Promise<void>;
}

// One process for a page and its frames, so one profile sees every frame's content script.
export const FLAGS = [
  ...QUIET_CHROMIUM_FLAGS.filter((f) => !f.startsWith('--disable-features=')),
  '--disable-features=Translate,MediaRouter,OptimizationHints,IsolateOrigins,site-per-process',
];

export async function launch(extensionDir: string): Promise<Browsers> {
  const dirs = [mkdtempSync(join(tmpdir(), 'mg-bench-a-')), mkdtempSync(join(tmpdir(), 'mg-bench-b-'))];
  const viewport = { width: 1280, height: 800 };
  const context = await chromium.launchPersistentContext(dirs[0]!, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const prefix = `chrome-extension://${new URL(worker.url()).host}/`;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const controlContext = await chromium.launchPersistentContext(dirs[1]!, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: FLAGS,
  });
  const controlPage = controlContext.pages()[0] ?? (await controlContext.newPage());
  const controlCdp = await controlContext.newCDPSession(controlPage);
  await controlCdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const tabId = async (): Promise<number> => {
    await page.bringToFront();
    return worker.evaluate(async () => {
      const [tab] = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
  };
  const setSettings = (settings: Record<string, unknown>): Promise<void> =>
    worker.evaluate(async (value) => {
      const api = globalThis as unknown as {
        chrome: { storage: { sync: { set(items: object): Promise<void> } } };
      };
      await api.chrome.storage.sync.set({ settings: value });
    }, settings);
  return {
    ext: { context, page, cdp, prefix, tabId, setSettings },
    control: { context: controlContext, page: controlPage, cdp: controlCdp },
    async close() {
      await context.close();
      await controlContext.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const marks = (page: Page): Promise<number> =>
  page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, HIGHLIGHT);
export async function waitForMarks(page: Page, atLeast: number, timeoutMs = 30_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let n = await marks(page);
  while (n < atLeast && Date.now() < end) {
    await sleep(100);
    n = await marks(page);
  }
  return n;
}

/** Main-thread CPU ms of the page while `fn` runs (CDP TaskDuration, thread ticks). */
export async function busy(cdp: CDPSession, fn: () => Promise<unknown>): Promise<number> {
  const before = await taskMs(cdp);
  await fn();
  return (await taskMs(cdp)) - before;
}
