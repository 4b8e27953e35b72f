import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { en } from '../../i18n/messages/en';
import { es } from '../../i18n/messages/es';
import { cardTitle, dialog, hoverOpen } from './card-helpers';
import { CARD_HOST_TAG } from './extension-constants';
import { launchExtension, type ExtensionSession } from './harness';
import { openFixture } from './page-helpers';

let s: ExtensionSession | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** English catalogue phrases (two words or more) that read differently in Spanish. */
const ENGLISH = Object.entries(en).flatMap(([key, value]) => {
  const forms = typeof value === 'string' ? [value] : Object.values(value);
  const spanish = JSON.stringify(es[key as keyof typeof es]);
  return forms
    .flatMap((f) => f.split(/\{\w+\}/))
    .map((f) => f.trim())
    .filter((f) => f.includes(' ') && f.length > 8 && !spanish.includes(f));
});
const englishIn = async (page: Page) => {
  const text = await page.locator('body').innerText();
  return ENGLISH.filter((phrase) => text.includes(phrase));
};
const itemIds = (page: Page) =>
  dialog(page)
    .locator('[data-item]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));

describe('MedGlance en español', () => {
  test('es-ES: the card is Spanish, pregnancy first, get help now says 112; popup and options are Spanish', async () => {
    s = await launchExtension({ locale: 'es-ES' });
    const page = await openFixture(s, '/articulo-es.html');
    await hoverOpen(page, '#m2');
    expect(await cardTitle(page)).toBe('isotretinoína');
    expect(await dialog(page).locator('.mg-med').getAttribute('lang')).toBe('es');
    expect(await dialog(page).locator('.mg-section').first().getAttribute('class')).toContain('mg-boxed');
    expect((await itemIds(page))[0]).toBe('pregnancy.boxed');
    const help = (await dialog(page).locator('.mg-urgent').textContent())!;
    expect(help).toMatch(/\b112\b/);
    expect(help).not.toMatch(/\b911\b|\b999\b/);
    expect(await englishIn(page)).toEqual([]);

    const popup = await s.openPopup(page);
    await expect
      .poll(() => popup.getByRole('heading', { name: '3 menciones en esta página' }).count())
      .toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await englishIn(popup)).toEqual([]);
    const options = await s.openOptions();
    await options.getByLabel('Resaltar las menciones en las páginas web').waitFor();
    expect(await englishIn(options)).toEqual([]);
    expect(s.consoleErrors(page)).toEqual([]);
  });

  test('es-MX: 911, and the birth-control line without iPLEDGE or the Pregnancy Prevention Programme', async () => {
    s = await launchExtension({ locale: 'es-MX' });
    const page = await openFixture(s, '/articulo-es.html');
    await hoverOpen(page, '#m3');
    expect(await cardTitle(page)).toBe('Roaccutan');
    const ids = await itemIds(page);
    expect(ids).toContain('pregnancy.birth-control');
    expect(ids).not.toContain('pregnancy.ipledge');
    expect(ids).not.toContain('pregnancy.ppp');
    const help = (await dialog(page).locator('.mg-urgent').textContent())!;
    expect(help).toMatch(/\b911\b/);
    expect(help).not.toMatch(/\b112\b|\b999\b/);
  });

  test('switching the language to English changes the card at its next opening and the open popup, without reload', async () => {
    s = await launchExtension({ locale: 'es-ES' });
    const page = await openFixture(s, '/articulo-es.html');
    const popup = await s.openPopup(page);
    await expect
      .poll(() => popup.getByRole('heading', { name: '3 menciones en esta página' }).count())
      .toBe(1);
    const options = await s.openOptions();
    await options.getByLabel('Idioma de la tarjeta y los menús').selectOption('en');
    await expect.poll(() => options.getByLabel('Language of the card and menus').count()).toBe(1);
    await expect.poll(() => popup.getByRole('heading', { name: '3 mentions on this page' }).count()).toBe(1);
    await page.bringToFront();
    await hoverOpen(page, '#m2');
    expect(await dialog(page).locator('.mg-med').getAttribute('lang')).toBe('en');
    expect(await page.locator(`${CARD_HOST_TAG} .mg-boxed .mg-section-title`).textContent()).toMatch(
      /Pregnancy/,
    );
  });
});
