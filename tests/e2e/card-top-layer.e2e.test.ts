import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';
import { openFixture, pageInfoFromWorker, sendFromWorker } from './page-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { cardBox, dialog, hoverOpen, wait } from './card-helpers';

// The card among what the page itself puts in the browser's top layer: its popovers, its modal dialogs
// (which make everything outside them inert), a web component's dialog. Firefox: card-firefox.

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

/** In the page: how the backdrop of the element with this tag is displayed. */
const backdropDisplay = (tag: string) => getComputedStyle(document.querySelector(tag)!, '::backdrop').display;

describe('the card and the top layer in Chromium', () => {
  test("the card is drawn above the page's own open popover (a consent banner in the top layer)", async () => {
    const page = await openFixture(s, '/card-top-layer.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.querySelector('#banner')!.matches(':popover-open'))).toBe(true);
    await hoverOpen(page, '#m1');
    await wait(300);
    const banner = (await page.locator('#banner').boundingBox())!;
    /** A point on both the open card and the banner, and the element the page sees there. */
    const onCardAndBanner = async () => {
      const card = (await cardBox(page))!;
      const point = { x: card.x + card.width / 2, y: Math.max(card.y + card.height / 2, banner.y + 10) };
      expect(point.y).toBeLessThan(card.y + card.height);
      const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point);
      return { point, top };
    };
    const bannerOpen = () => page.evaluate(() => document.querySelector('#banner')!.matches(':popover-open'));
    const { point: centre, top } = await onCardAndBanner();
    expect(top).toBe(CARD_HOST_TAG);
    // The card still takes the pointer there: moving onto it keeps it open.
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    // The page's banner is untouched and still open; the page's ::backdrop rule draws nothing for us.
    expect(await bannerOpen()).toBe(true);
    expect(await page.evaluate(backdropDisplay, CARD_HOST_TAG)).toBe('none');
    // Closed, then the page opens a second banner, then the card opens again: still on top.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await page.evaluate(() => {
      const second = document.createElement('div');
      second.popover = 'manual';
      second.style.cssText =
        'position:fixed;inset:48px 0 0 0;margin:0;border:0;width:auto;height:auto;background:#432';
      document.body.append(second);
      second.showPopover();
    });
    await page.mouse.move(1, 1);
    await wait(500);
    await hoverOpen(page, '#m1');
    await wait(300);
    expect((await onCardAndBanner()).top).toBe(CARD_HOST_TAG);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test("a mention in the page's modal dialog opens a card that takes the pointer, clicks and Escape", async () => {
    const page = await openFixture(s, '/card-modal-dialog.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const modalOpen = () => page.evaluate(() => document.querySelector('dialog')!.matches(':modal'));
    expect(await modalOpen()).toBe(true);
    await hoverOpen(page, '#m1');
    await wait(300);
    const card = (await cardBox(page))!;
    const point = { x: card.x + card.width / 2, y: card.y + Math.min(card.height / 2, 40) };
    // Not inert: the page's own hit test finds the card, and the pointer resting on it keeps it open.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point)).toBe(
      CARD_HOST_TAG,
    );
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    // Its buttons work, and a click in the card, outside the dialog's box, is not the page's "click
    // outside" that closes its dialog.
    const more = dialog(page).locator('button[aria-expanded]');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const button = (await more.boundingBox())!;
    const box = (await page.locator('#modal').boundingBox())!;
    expect(button.y + button.height / 2).toBeGreaterThan(box.y + box.height);
    await more.click({ timeout: 3000 });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await modalOpen()).toBe(true);
    // Escape closes the card only, and focus goes back where it was before the click: the field inside
    // the page's component in the dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await modalOpen()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName)).toBe(
      'input',
    );
    // The next Escape closes the page's dialog, as with nested popovers.
    await page.keyboard.press('Escape');
    await expect.poll(modalOpen).toBe(false);
    // A pinned card in the dialog closes with it (else it would stay open, unseen, in a closed dialog),
    // and our host leaves the page's dialog with it.
    await page.evaluate(() => document.querySelector('dialog')!.showModal());
    await page.mouse.move(1, 1); // after Escape the mention under the pointer stays quiet until it leaves
    await wait(400);
    await hoverOpen(page, '#m1');
    const hostParent = () =>
      page.evaluate((tag) => document.querySelector(tag)?.parentElement?.localName ?? null, CARD_HOST_TAG);
    expect(await hostParent()).toBe('dialog');
    await dialog(page).getByRole('button', { name: 'Pin' }).click({ timeout: 3000 });
    // Closed and shown again in one task (the close event comes later): the card stays.
    await page.evaluate(() => {
      const d = document.querySelector('dialog')!;
      d.close();
      d.showModal();
    });
    await wait(300);
    expect(await dialog(page).count()).toBe(1);
    await page.evaluate(() => document.querySelector('dialog')!.close());
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await hostParent()).toBe('html');
    // Behind the closed dialog: an Escape closing that card reaches the page uncancelled.
    await hoverOpen(page, '#m0');
    expect(await hostParent()).toBe('html');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    // A web component's modal dialog, the mention slotted into it: the card hangs in that dialog.
    await page.mouse.move(1, 1);
    await page.evaluate(() => (document.querySelector('#wc') as HTMLElement & { open(): void }).open());
    await hoverOpen(page, '#m2');
    const inComponent = await page.evaluate((tag) => {
      const shadow = document.querySelector('#wc')!.shadowRoot!;
      return shadow.querySelector('dialog')!.lastElementChild?.localName === tag;
    }, CARD_HOST_TAG);
    expect(inComponent).toBe(true);
    const wcCard = (await cardBox(page))!;
    await page.mouse.move(wcCard.x + wcCard.width / 2, wcCard.y + Math.min(wcCard.height / 2, 40), {
      steps: 5,
    });
    await wait(500);
    expect(await dialog(page).isVisible()).toBe(true);
    const wcOpen = () =>
      page.evaluate(() =>
        document.querySelector('#wc')!.shadowRoot!.querySelector('dialog')!.matches(':modal'),
      );
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await wcOpen()).toBe(true);
    // What the page's key listener heard: not the Escape pressed in the card (keys in the card stay in
    // it); the one that closed its dialog and the one for the card off <html>, uncancelled; the one that
    // closed the card in the component's dialog, cancelled, so that dialog stayed.
    const escapes = await page.evaluate(() => (window as unknown as { escapes: boolean[] }).escapes);
    expect(escapes).toEqual([false, false, true]);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('a mention behind the modal dialog, picked in the toolbar popup, opens a card that takes clicks', async () => {
    const page = await openFixture(s, '/card-modal-dialog.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const modalOpen = () => page.evaluate(() => document.querySelector('#modal')!.matches(':modal'));
    const { mentions } = await pageInfoFromWorker(s, page);
    expect(mentions[0]!.snippet).toContain('Behind the dialog');
    expect(await sendFromWorker(s, page, 'revealMention', { id: mentions[0]!.id })).toBe(true);
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    // Outside the page's dialog everything is inert: the card hangs in the open dialog instead.
    expect(await page.evaluate((tag) => document.querySelector(tag)?.parentElement?.id, CARD_HOST_TAG)).toBe(
      'modal',
    );
    const card = (await cardBox(page))!;
    const point = { x: card.x + card.width / 2, y: card.y + Math.min(card.height / 2, 40) };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point)).toBe(
      CARD_HOST_TAG,
    );
    const more = dialog(page).locator('button[aria-expanded]');
    await more.click({ timeout: 3000 });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await modalOpen()).toBe(true);
    // Escape closes the card, not the dialog; the host leaves the dialog with the card.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await modalOpen()).toBe(true);
    expect(
      await page.evaluate((tag) => document.querySelector(tag)?.parentElement?.localName, CARD_HOST_TAG),
    ).toBe('html');
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('while a modal dialog is open, the next-mention command goes only to mentions in it', async () => {
    // Mentions behind the dialog are inert and covered: a card opened there could not be used.
    const page = await openFixture(s, '/card-modal-dialog.html');
    const hostParent = () =>
      page.evaluate((tag) => document.querySelector(tag)?.parentElement?.localName ?? null, CARD_HOST_TAG);
    for (let i = 0; i < 2; i++) {
      expect(await sendFromWorker(s, page, 'nextMention', {})).toBe(true);
      await expect.poll(() => dialog(page).count()).toBe(1);
      expect(await hostParent()).toBe('dialog');
    }
    // Once the dialog is closed, the mention behind it is reachable again.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')!.open)).toBe(false);
    expect(await sendFromWorker(s, page, 'nextMention', {})).toBe(true);
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await hostParent()).toBe('html');
    expect(s.consoleErrors(page)).toEqual([]);
  });
});
