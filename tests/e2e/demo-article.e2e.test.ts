import { afterAll, beforeAll, expect, test } from 'vitest';
import { cardBox, hoverOpen, overlaps } from './card-helpers';
import { detectionReport } from './detection-expect';
import { launchExtension, type ExtensionSession } from './harness';

// The page `npm run demo` opens: it must show every mention it promises (brands, "Absorica LD" as one,
// international spellings, a misspelling), leave the look-alikes (tretinoin, Retin-A, alitretinoin,
// acitretin, a hashtag and a user name that merely contain a name) unmarked, and open the card the
// headless demo photographs.

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

test('the demo article marks exactly the mentions it labels, and the badge counts them', async () => {
  const page = await s.newPage('/demo-article.html');
  const { expected } = await detectionReport(page);
  expect(expected).toBe(24);
  await expect
    .poll(() => detectionReport(page), { timeout: 10_000 })
    .toMatchObject({ count: 24, problems: [] });
  await expect.poll(() => s.badgeText(page)).toBe('24');
  expect(s.consoleErrors(page)).toEqual([]);
});

test('hovering the first mention (the headline) opens the Isotroin card beside it', async () => {
  const page = await s.newPage('/demo-article.html');
  await expect.poll(() => detectionReport(page).then((r) => r.count)).toBe(24);
  const term = await hoverOpen(page, 'h1 [data-expect="match"]');
  // Public contract 2: the dialog's accessible name names the medication.
  expect(await page.getByRole('dialog', { name: /Isotroin/ }).count()).toBe(1);
  expect(overlaps(term, (await cardBox(page))!)).toBe(false);
  expect(s.consoleErrors(page)).toEqual([]);
});
