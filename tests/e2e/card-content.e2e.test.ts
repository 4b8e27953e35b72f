import { afterEach, describe, expect, test } from 'vitest';
import { fullView } from '../../medications/view';
import { ISOTRETINOIN_CONTENT } from '../../medications/isotretinoin/content';
import { SC_FACTS, uncoveredScFacts } from '../../medications/isotretinoin/sc-facts';
import type { Region } from '../../medications/types';
import { dialog, hoverOpen } from './card-helpers';
import { launchExtension, type ExtensionSession } from './harness';
import { openFixture } from './page-helpers';

/** What the card as it opens must say for a reader whose browser is set to each locale. */
const READERS: ReadonlyArray<{ locale: string; region: Region; numbers: RegExp[]; notNumbers: RegExp[] }> = [
  { locale: 'en-US', region: 'US', numbers: [/\b911\b/, /\b988\b/], notNumbers: [/\b999\b/, /\b112\b/] },
  { locale: 'en-GB', region: 'UK', numbers: [/\b999\b/, /116 123/], notNumbers: [/\b911\b/, /\b988\b/] },
  {
    locale: 'en-IN',
    region: 'other',
    numbers: [/local emergency number/],
    notNumbers: [/\b911\b/, /\b999\b/],
  },
  // Mexico is region "other" (no named programme) but has its own emergency number; the card is Spanish.
  { locale: 'es-MX', region: 'other', numbers: [/\b911\b/], notNumbers: [/\b999\b/, /\b112\b/] },
];

let s: ExtensionSession | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const itemIds = (root: ReturnType<typeof dialog>) =>
  root.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));

describe.each(READERS)('a reader in $locale', ({ locale, region, numbers, notNumbers }) => {
  test('the card as it opens: pregnancy box first, birth control, get help now with local numbers, warnings, side effects, how it works, two tips', async () => {
    s = await launchExtension({ locale });
    const page = await openFixture(s, '/card-hover.html');
    await hoverOpen(page, '#m1');
    const card = dialog(page);
    const sections = await card
      .locator('.mg-section')
      .evaluateAll((els) =>
        els.map((e) => [...e.classList].find((c) => c.startsWith('mg-kind-'))!.slice('mg-kind-'.length)),
      );
    expect(sections).toEqual([
      'pregnancy',
      'get-help',
      'serious-warnings',
      'side-effects',
      'how-it-works',
      'safety-tips',
    ]);
    expect(await card.locator('.mg-section').first().getAttribute('class')).toContain('mg-boxed');
    const ids = await itemIds(card);
    expect(ids[0]).toBe('pregnancy.boxed');
    expect(ids).toContain('pregnancy.birth-control');
    expect(ids.filter((id) => id.startsWith('tip.'))).toHaveLength(2);
    const help = card.locator('.mg-urgent');
    expect(await help.locator('.mg-group-title').count()).toBe(2);
    const helpText = (await help.textContent())!;
    for (const n of numbers) expect(helpText).toMatch(n);
    for (const n of notNumbers) expect(helpText).not.toMatch(n);
    // In the reader's language: the es-MX card is Spanish, the others English.
    expect(await card.locator('article.mg-med').getAttribute('lang')).toBe(locale.split('-')[0]);
    expect(await card.getByRole('button', { name: /^(More|Más):/ }).count()).toBe(1);
    expect(s.consoleErrors(page)).toEqual([]);

    // The popup holds everything: every [SC] fact is reached by an item in it.
    const popup = await s.openPopup(page);
    const popupCard = popup.locator('.popup-card');
    await expect.poll(() => popupCard.locator('[data-item]').count()).toBeGreaterThan(60);
    const shown = new Set(await itemIds(popupCard));
    const expected = fullView(ISOTRETINOIN_CONTENT, { region }).sections.flatMap((sec) => sec.items);
    expect(shown).toEqual(new Set(expected.map((i) => i.id)));
    const covered = new Set(expected.filter((i) => shown.has(i.id)).flatMap((i) => i.facts ?? []));
    expect(uncoveredScFacts(covered)).toEqual([]);
    expect(Object.keys(SC_FACTS)).toHaveLength(45);
  });
});
