import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './chromium-path';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface LaunchOptions {
  /** Viewport of new pages (default 1280×800). */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Unpacked extension folder; defaults to the build made by global-setup. */
  extensionDir?: string;
  /** Extra Chromium command-line flags (e.g. `--log-net-log=<file>` for the privacy test). */
  extraArgs?: string[];
  /** Browser language and region, e.g. "en-GB" (navigator.languages of pages and extension pages). */
  locale?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (MV3 background). */
  worker: Worker;
  server: FixtureServer;
  /** Opens a fixture page in a new tab; page errors and console errors are recorded (see consoleErrors). */
  newPage(path: string): Promise<Page>;
  /** Opens the toolbar popup as a tab, targeting the tab of `forPage` (via ?tab=<id>). */
  openPopup(forPage?: Page): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The tab id of a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Current badge text of the page's tab ('' when none). */
  badgeText(page: Page): Promise<string>;
  /** Uncaught errors and console.error messages seen on the page so far. */
  consoleErrors(page: Page): string[];
  /** Evaluates in the service worker: e.g. read chrome.storage. */
  evalInWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Records uncaught errors and console errors of a page (extension-page or web page). */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  errorsByPage.set(page, errors);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** Launches the system Chromium (headless) with the unpacked extension and a fixture server. */
export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? inject('extensionDir');
  const userDataDir = mkdtempSync(join(tmpdir(), 'medglance-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    ...(opts.locale ? { locale: opts.locale } : {}),
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const server = await startFixtureServer();
  // The persistent context opens one blank tab; close it so tab order is ours.
  for (const p of context.pages()) await p.close();

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('no active tab found for page');
    return id;
  };

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    server,
    async newPage(path) {
      const page = await context.newPage();
      trackErrors(page);
      await page.goto(/^[a-z-]+:/.test(path) ? path : server.url(path));
      return page;
    },
    async openPopup(forPage) {
      const query = forPage ? `?tab=${await tabIdOf(forPage)}` : '';
      const page = await context.newPage();
      trackErrors(page);
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      trackErrors(page);
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    tabIdOf,
    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    consoleErrors: (page) => errorsByPage.get(page) ?? [],
    evalInWorker: (fn, arg) => worker.evaluate(fn as never, arg) as never,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

declare global {
  // The service worker's `chrome` global, as seen from worker.evaluate callbacks.
  // eslint-disable-next-line no-var -- a global declaration needs var
  var chrome: {
    tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
    storage: { sync: StorageAreaLike; local: StorageAreaLike };
  };
}
interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
