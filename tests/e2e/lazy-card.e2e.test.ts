import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CARD_HOST_TAG, FLASH_HIGHLIGHT, MENTION_HIGHLIGHT } from './extension-constants';
import { hoverInFrame } from './card-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { readManifest } from './manifest-access';
import { highlightCount, openFixture, pageInfoFromWorker, sendFromWorker } from './page-helpers';
import { storedSettings, writeSettings } from './settings-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

/** Scripts the page's renderer has parsed (the page's own, and every extension script run in it). */
async function parsedScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
  await cdp.send('Debugger.enable'); // replays scriptParsed for every script parsed so far
  await cdp.detach();
  return urls;
}

/** A CDP session on the page and the ids of the extension's isolated worlds in it (top frame first). */
async function extensionWorlds(page: Page): Promise<{ cdp: CDPSession; worlds: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable'); // reports every existing context
  expect(worlds.length, 'the content script runs in this page').toBeGreaterThan(0);
  return { cdp, worlds };
}

/**
 * Event listeners the extension holds on the page's window, document, <html> and <body>, by type. They are
 * read from the extension's own (isolated) world: CDP reports a world's listeners only to that world.
 */
async function extensionListeners(page: Page): Promise<string[]> {
  const { cdp, worlds } = await extensionWorlds(page);
  const types: string[] = [];
  for (const contextId of worlds)
    for (const expression of ['window', 'document', 'document.documentElement', 'document.body']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      types.push(...listeners.map((l) => `${expression}:${l.type}`));
    }
  await cdp.detach();
  return types.toSorted();
}

/** Whether the content script in the page's top frame listens for the popup's port and for messages. */
async function runtimeListeners(page: Page): Promise<{ port: boolean; messages: boolean }> {
  const { cdp, worlds } = await extensionWorlds(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `({ port: chrome.runtime.onConnect.hasListeners(), messages: chrome.runtime.onMessage.hasListeners() })`,
    contextId: worlds[0]!,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as { port: boolean; messages: boolean };
}

describe('the card is a separate module, loaded into a frame when its first card opens', () => {
  test('nothing of the card is evaluated until a card opens; then it opens in the page, a shadow root and both iframes', async () => {
    const page = await openFixture(s, '/lazy-card.html');
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    for (const f of frames) await expect.poll(() => highlightCount(f)).toBe(1);
    expect((await parsedScripts(page)).filter((u) => u.endsWith('/card.js'))).toEqual([]);

    await hoverInFrame(page, page.mainFrame(), '#m1');
    expect((await parsedScripts(page)).filter((u) => u.endsWith('/card.js'))).toHaveLength(1);
    await page.keyboard.press('Escape');
    await hoverInFrame(page, page.mainFrame(), '#host #m2');
    expect(await page.locator(`${CARD_HOST_TAG} .mg-title`).textContent()).toBe('Roaccutane');
    await page.keyboard.press('Escape');
    expect(frames.map((f) => new URL(f.url()).hostname).toSorted()).toEqual(['127.0.0.1', 'localhost']);
    for (const frame of frames) {
      await hoverInFrame(page, frame, '#m');
      expect(await frame.locator(`${CARD_HOST_TAG} .mg-title`).textContent()).toBe('Claravis');
      await page.keyboard.press('Escape');
    }
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('its code loads while the pointer rests on a mention, before the hover delay ends; nothing is added to the page until it opens', async () => {
    await writeSettings(s, { hoverDelayMs: 2000 });
    try {
      const page = await openFixture(s, '/smoke.html');
      await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
      expect((await parsedScripts(page)).filter((u) => u.endsWith('/card.js'))).toEqual([]);
      await page.mouse.move(5, 5);
      // The middle of the first marked mention's first character.
      const mention = await page.evaluate((name) => {
        const { startContainer, startOffset } = [...CSS.highlights.get(name)!][0] as Range;
        const range = document.createRange();
        range.setStart(startContainer, startOffset);
        range.setEnd(startContainer, startOffset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, MENTION_HIGHLIGHT);
      await page.mouse.move(mention.x, mention.y);
      await expect
        .poll(async () => (await parsedScripts(page)).filter((u) => u.endsWith('/card.js')).length)
        .toBe(1);
      // The code is there; the card (and its host element) is not, until the delay runs out.
      expect(await page.locator(CARD_HOST_TAG).count()).toBe(0);
      await expect
        .poll(() => page.locator(`${CARD_HOST_TAG} [role="dialog"]`).isVisible(), { timeout: 5000 })
        .toBe(true);
      expect(s.consoleErrors(page)).toEqual([]);
    } finally {
      await writeSettings(s, {});
    }
  });

  test('the content script injected into every frame holds no card code or text', () => {
    const dir = inject('extensionDir');
    const [contentScript] = readManifest(dir).content_scripts!.flatMap((c) => c.js ?? []);
    const code = readFileSync(join(dir, contentScript!), 'utf8');
    for (const text of ['Not medical advice', 'birth defects', 'mg-card', '__preactattr_', 'computePosition'])
      expect(code, text).not.toContain(text);
    expect(readFileSync(join(dir, 'card.js'), 'utf8')).toContain('birth defects');
  });
});

describe('a page without a mention', () => {
  test('holds no event listener of ours on the page; a page with a mention does', async () => {
    const quiet = await s.newPage('/no-mention.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await extensionListeners(quiet)).toEqual([]);
    // The same probe sees ours once a name is found (the hover and the orphan check listen then).
    const named = await openFixture(s, '/smoke.html');
    await expect.poll(() => highlightCount(named)).toBeGreaterThan(0);
    expect(await extensionListeners(named)).toContain('document:pointermove');
  });

  test('the content script injected into every frame is only the presence check: no settings, marks or card, at most 15 KiB gzip', () => {
    const dir = inject('extensionDir');
    const [contentScript] = readManifest(dir).content_scripts!.flatMap((c) => c.js ?? []);
    const code = readFileSync(join(dir, contentScript!));
    // A settings key, our highlight's name and the card's host tag: each only in the page module.
    for (const text of ['pausedUntil', MENTION_HIGHLIGHT, CARD_HOST_TAG])
      expect(code.toString('utf8'), text).not.toContain(text);
    expect(readFileSync(join(dir, 'page.js'), 'utf8')).toContain(MENTION_HIGHLIGHT);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });

  test('listens to neither the popup nor the site switch until one of them asks', async () => {
    const page = await s.newPage('/no-mention.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await runtimeListeners(page)).toEqual({ port: false, messages: false });
    expect(await pageInfoFromWorker(s, page)).toMatchObject({ count: 0, state: 'active', mentions: [] });
    expect(await runtimeListeners(page)).toEqual({ port: true, messages: true });
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('evaluates none of the page module, until the popup or the site switch asks about it', async () => {
    const page = await s.newPage('/no-mention.html');
    await new Promise((r) => setTimeout(r, 800));
    expect((await parsedScripts(page)).filter((u) => u.endsWith('/page.js'))).toEqual([]);
    // The popup's question loads it and gets the page's answer...
    expect(await pageInfoFromWorker(s, page)).toMatchObject({ count: 0, state: 'active', mentions: [] });
    expect((await parsedScripts(page)).filter((u) => u.endsWith('/page.js'))).toHaveLength(1);
    // ...and so does the site switch's keyboard command, in a tab that has not loaded it yet.
    await writeSettings(s, {});
    const other = await s.newPage('/no-mention.html?second');
    await new Promise((r) => setTimeout(r, 800));
    expect((await parsedScripts(other)).filter((u) => u.endsWith('/page.js'))).toEqual([]);
    expect(await sendFromWorker(s, other, 'toggleSite', {})).toEqual({ host: '127.0.0.1', enabled: false });
    expect((await parsedScripts(other)).filter((u) => u.endsWith('/page.js'))).toHaveLength(1);
    expect((await storedSettings(s)).disabledSites).toEqual(['127.0.0.1']);
    expect(await sendFromWorker(s, other, 'toggleSite', {})).toEqual({ host: '127.0.0.1', enabled: true });
    expect(s.consoleErrors(page)).toEqual([]);
    expect(s.consoleErrors(other)).toEqual([]);
  });

  test('gets no stylesheet, no highlight and no card from us', async () => {
    const page = await s.newPage('/no-mention.html');
    await new Promise((r) => setTimeout(r, 800));
    const state = await page.evaluate(
      ({ name, tag }) => ({
        sheets: document.adoptedStyleSheets.length,
        highlight: CSS.highlights.has(name),
        card: !!document.querySelector(tag),
      }),
      { name: MENTION_HIGHLIGHT, tag: CARD_HOST_TAG },
    );
    expect(state).toEqual({ sheets: 0, highlight: false, card: false });
    // No style of ours either (the manifest used to inject one into every page): a `::highlight()` rule
    // added to a page makes Chromium compute highlight styles for every element, which more than
    // doubled the first style calculation of a 2.3 MB forum, and the page could read it.
    // Our two highlight names, then one nobody styles: the page's own look of a highlight.
    const [mention, flash, unstyled] = await page.evaluate(
      (names) =>
        names.map((name) => {
          const style = getComputedStyle(
            document.querySelector('p') ?? document.body,
            `::highlight(${name})`,
          );
          return [style.backgroundColor, style.textDecorationLine, style.color];
        }),
      [MENTION_HIGHLIGHT, FLASH_HIGHLIGHT, 'not-ours'],
    );
    expect([mention, flash]).toEqual([unstyled, unstyled]);
    expect((await parsedScripts(page)).filter((u) => /\/(card|page-info|page)\.js$/.test(u))).toEqual([]);
  });
});
