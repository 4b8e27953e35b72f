import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { expectMarked, foreignMutations, hover, markedTexts, serveVendorPreact } from './integrity-helpers';

/**
 * Page integrity with real apps (contract 5): a Preact app that re-renders, a contenteditable editor with
 * undo, and a form keep working with MedGlance loaded. Each fixture runs its own MutationObserver from
 * the first script on (tests/fixtures/app-audit.js); the only foreign mutation allowed is the card host.
 */
let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  await serveVendorPreact(s.context);
});
afterAll(() => s?.close());

const dialog = (page: import('playwright-core').Page) => page.getByRole('dialog');

describe('a Preact app that re-renders', () => {
  test("keeps its text correct while MedGlance follows every change; only the card's host is added", async () => {
    const page = await s.newPage('/app-rerender.html');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Current medicine: Accutane.');
    await expectMarked(page, ['Accutane', 'isotretinoin', 'Isotroin']);

    // Preact updates the <b> text node in place: the old mark must go, the new text must be marked.
    await page.click('#next');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Current medicine: tretinoin.');
    await expectMarked(page, ['isotretinoin', 'Isotroin']);
    await page.click('#next');
    await expectMarked(page, ['Roaccutane', 'isotretinoin', 'Isotroin']);

    // Keyed moves, an insertion, a removal and plain re-renders.
    await page.click('#reverse');
    await page.click('#add');
    await page.click('#remove');
    for (let i = 0; i < 3; i++) await page.click('#tick');
    await expect.poll(() => page.locator('#ticks').textContent()).toBe('Re-rendered 3 times.');
    expect(await page.locator('#notes li').allTextContents()).toEqual([
      'Day 2: dry lips, nothing else.',
      'Day 1: started isotretinoin today.',
      'Day 4: asked about Absorica LD.',
    ]);
    await expectMarked(page, ['Roaccutane', 'isotretinoin', 'Absorica LD']);
    await expect.poll(() => s.badgeText(page)).toBe('3');

    // The card opens on a name the app rendered after load, and closes with Escape.
    await hover(page, '#status b');
    await expect.poll(() => dialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    // The app still works after the card: its buttons respond and its text stays right.
    await page.click('#next');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Current medicine: Accutane.');
    await expectMarked(page, ['Accutane', 'isotretinoin', 'Absorica LD']);

    expect(await foreignMutations(page)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});

describe('a contenteditable rich-text editor', () => {
  test('typing, formatting and undo work; nothing in the editor is ever marked', async () => {
    const page = await s.newPage('/app-editor.html');
    const editor = page.locator('#editor');
    const initialHtml = await editor.innerHTML();
    // The name in the editor is not marked; the quote above it and the app's preview below are page text.
    await expectMarked(page, ['isotretinoin', 'Accutane']);
    expect((await markedTexts(page)).find((m) => m.text === 'Accutane')?.within).toBe('preview');

    // Type a name at the end of the draft, as a user would.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Now Roaccutane too.');
    await expect
      .poll(() => editor.innerText())
      .toBe('Draft: I was also offered Accutane last year. Now Roaccutane too.');
    // The preview (app text) gets the new name marked; the editor still has no mark, caret still in it.
    await expectMarked(page, ['isotretinoin', 'Accutane', 'Roaccutane']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');

    // Formatting through the app's toolbar (execCommand), then undo until the start. Chromium groups typed
    // characters into undo steps by timing (measured: 1 to 6 steps for the same typing, with or without
    // the extension), so the test presses Undo until the start is reached, bounded, instead of counting.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft'); // selects "too."
    await page.locator('#bold').dispatchEvent('mousedown');
    await expect.poll(() => editor.locator('b').count()).toBe(2);
    const pressUntil = async (key: string, done: () => Promise<boolean>): Promise<boolean> => {
      for (let i = 0; i < 30; i++) {
        if (await done()) return true;
        await page.keyboard.press(key);
      }
      return done();
    };
    // Exactly the DOM the page started with: our presence left nothing in the editor or its undo stack.
    expect(await pressUntil('Control+z', async () => (await editor.innerHTML()) === initialHtml)).toBe(true);
    await expectMarked(page, ['isotretinoin', 'Accutane']);
    // Redo brings back the typing and the bold: the browser's undo history is whole.
    expect(await pressUntil('Control+Shift+z', async () => (await editor.locator('b').count()) === 2)).toBe(
      true,
    );
    expect((await editor.innerText()).replaceAll('\u00a0', ' ')).toContain('Now Roaccutane too.');

    // Hovering a name inside the editor opens no card.
    await hover(page, '#editor b');
    await page.waitForTimeout(800);
    expect(await dialog(page).count()).toBe(0);

    expect(await foreignMutations(page)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});

describe('a form', () => {
  test('field values, typing, caret and submission are untouched', async () => {
    const page = await s.newPage('/app-form.html');
    await expectMarked(page, ['Roaccutane']);
    const values = () =>
      page.evaluate(() => {
        const f = document.getElementById('order') as HTMLFormElement;
        return Object.fromEntries(new FormData(f));
      });
    expect(await values()).toEqual({
      medicine: 'Accutane 20 mg',
      notes: 'I take isotretinoin every morning.',
      brand: 'Absorica',
      reminder: 'on',
      token: 'Amnesteem-7',
    });

    // Type into a field and place the caret; an app change elsewhere makes MedGlance rescan meanwhile.
    await page.fill('#medicine', '');
    await page.type('#medicine', 'Zenatane 30 mg');
    await page.focus('#notes');
    await page.evaluate(() =>
      (document.getElementById('notes') as HTMLTextAreaElement).setSelectionRange(7, 11),
    );
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: Isotroin is back in stock.';
      (window as unknown as { audit: { own(fn: () => void): void } }).audit.own(() =>
        document.body.append(p),
      );
    });
    await expectMarked(page, ['Roaccutane', 'Isotroin']);
    expect(
      await page.evaluate(() => {
        const t = document.activeElement as HTMLTextAreaElement;
        return [t.id, t.selectionStart, t.selectionEnd];
      }),
    ).toEqual(['notes', 7, 11]);

    await page.click('#submit');
    await expect.poll(() => page.locator('#result').textContent()).toBe('Order 1 sent.');
    expect(await page.evaluate(() => (window as unknown as { submissions: unknown[] }).submissions)).toEqual([
      {
        medicine: 'Zenatane 30 mg',
        notes: 'I take isotretinoin every morning.',
        brand: 'Absorica',
        reminder: 'on',
        token: 'Amnesteem-7',
      },
    ]);
    expect(await foreignMutations(page)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
