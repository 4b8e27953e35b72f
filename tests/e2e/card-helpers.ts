import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CARD_HOST_TAG } from './extension-constants';

/** Box of an element in CSS px (viewport coordinates). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card's dialog (Playwright CSS locators pierce open shadow roots). */
export const dialog = (page: Page) => page.locator(`${CARD_HOST_TAG} [role="dialog"]`);

/** Whether the card is open and rendered. */
export const cardOpen = (page: Page) => dialog(page).isVisible();

/** Box of the card, or null when closed. */
export const cardBox = (page: Page) => dialog(page).boundingBox();

/** Rests the pointer on the middle of an element's first line and waits for the card to open. */
export async function hover(page: Page, selector: string): Promise<Box> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  return box;
}

/** Hovers and waits until the card is open. */
export async function hoverOpen(page: Page, selector: string): Promise<Box> {
  const box = await hover(page, selector);
  await expect.poll(() => cardOpen(page)).toBe(true);
  return box;
}

/** Waits `ms` of wall time (hover-intent timers are real time in the browser). */
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when two boxes overlap by more than a rounding pixel. */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1
  );
}

/** Title of the open card. */
export const cardTitle = (page: Page) => page.locator(`${CARD_HOST_TAG} .mg-title`).textContent();

/** Whether focus is inside the card (the host is the document's active element, the shadow root's is in the card). */
export const focusInCard = (page: Page) =>
  page.evaluate((tag) => {
    const host = document.querySelector(tag);
    return document.activeElement === host && !!host?.shadowRoot?.activeElement;
  }, CARD_HOST_TAG);

/** Whether the card of one frame (the page's own, or an iframe's) is open and rendered. */
export const cardVisibleIn = (frame: Frame) => frame.locator(`${CARD_HOST_TAG} [role="dialog"]`).isVisible();

/** Rests the pointer on an element of a frame (coordinates of the top page) until that frame's card opens. */
export async function hoverInFrame(page: Page, frame: Frame, selector: string): Promise<void> {
  const box = (await frame.locator(selector).boundingBox())!; // in the top page's viewport
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await expect.poll(() => cardVisibleIn(frame), { timeout: 5000 }).toBe(true);
}
