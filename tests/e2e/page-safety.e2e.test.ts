import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { MENTION_HIGHLIGHT } from './extension-constants';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture } from './page-helpers';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const TYPED = ' Claravis and Accutane and isotretinoin ';
/** Past the observer's batch (100 ms) and a rescan, with margin. */
const settle = () => new Promise((r) => setTimeout(r, 600));

async function expectUnchanged(page: Page): Promise<void> {
  await settle();
  expect(await highlightCount(page)).toBe(3);
  expect(await s.badgeText(page)).toBe('3');
}

/** The fixture, fully marked and counted on the badge. */
async function openPage(): Promise<Page> {
  const page = await openFixture(s, '/page-safety.html');
  await expect.poll(() => s.badgeText(page)).toBe('3');
  return page;
}

describe('text typed into any editor is never counted or marked (contract 6)', () => {
  test.each([
    ['contenteditable="plaintext-only"', '#plain'],
    ['contenteditable="TRUE"', '#upper'],
    ['contenteditable=""', '#empty'],
    ['an element inside an editor', '#nested-b'],
    ['a textarea', '#area'],
    ['an input', '#field'],
    ['a CodeMirror 5 editor (typed into a hidden textarea, drawn as plain text)', '.CodeMirror textarea'],
    ['an Ace editor', '.ace_editor textarea'],
    ['a Monaco editor', '.monaco-editor textarea'],
  ])('%s', async (_what, selector) => {
    const page = await openPage();
    await page.click(selector);
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    await expectUnchanged(page);
  });

  test('an editor inside an open shadow root', async () => {
    const page = await openPage();
    await page.locator('#host #shadow-editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    await expectUnchanged(page);
  });

  test('an element that becomes an editor after load', async () => {
    const page = await openPage();
    await page.evaluate(() =>
      document.getElementById('later')!.setAttribute('contenteditable', 'plaintext-only'),
    );
    await page.click('#later');
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    await expectUnchanged(page);
  });

  test('a document in design mode (an iframe editor)', async () => {
    const page = await openPage();
    const frame = page.frame({ url: /about:srcdoc/ }) ?? page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.evaluate(() => document.designMode)).toBe('on');
    await frame.click('p');
    await frame.page().keyboard.press('End');
    await frame.page().keyboard.type(TYPED);
    await settle();
    expect(await highlightCount(frame)).toBe(0);
    await expectUnchanged(page);
  });

  test('an about:blank editor frame whose body becomes editable after it was read', async () => {
    const page = await openPage();
    const frame = (await (await page.$('#rich'))!.contentFrame())!;
    // Read before it became an editor: its quoted mention is marked, so the frame is being watched.
    await expect.poll(() => highlightCount(frame)).toBe(1);
    await page.evaluate(() => (window as unknown as { makeRichEditable(): void }).makeRichEditable());
    await expect.poll(() => highlightCount(frame)).toBe(0);
    await frame.click('p');
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    await settle();
    expect(await highlightCount(frame)).toBe(0);
    await expectUnchanged(page);
  });
});

describe('a page that takes our marks away gets them back', () => {
  test.each([
    ['CSS.highlights.clear()', () => CSS.highlights.clear()],
    ['deleting our highlight', () => CSS.highlights.forEach((_h, name) => CSS.highlights.delete(name))],
    ['clearing the Highlight object', () => CSS.highlights.forEach((h) => h.clear())],
  ])('%s: the marks come back within 1 s', async (_what, attack) => {
    const page = await openFixture(s, '/page-safety.html');
    await page.evaluate(attack);
    expect(await highlightCount(page)).toBe(0);
    const started = Date.now();
    await expect.poll(() => highlightCount(page), { timeout: 1000, interval: 50 }).toBe(3);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('document.adoptedStyleSheets = [...]: our highlight style comes back within 1 s', async () => {
    await s.evalInWorker((v) => chrome.storage.sync.set({ settings: v }), {
      highlightStyle: 'background',
      highlightColor: '#1d4ed8',
    });
    const page = await openFixture(s, '/page-safety.html');
    const style = () =>
      page.evaluate(
        (name) => getComputedStyle(document.getElementById('m1')!, `::highlight(${name})`).backgroundColor,
        MENTION_HIGHLIGHT,
      );
    await expect.poll(style).not.toBe('rgba(0, 0, 0, 0)');
    const styled = await style();
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
    });
    expect(await style()).not.toBe(styled);
    await expect.poll(style, { timeout: 1000, interval: 50 }).toBe(styled);
    await s.evalInWorker(() => chrome.storage.sync.clear(), null);
  });
});
