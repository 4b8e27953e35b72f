// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fullView } from '../view';
import { ISOTRETINOIN_CONTENT as med } from './content';

/**
 * The safety-critical ([SC]) facts of `shared/content/isotretinoin-facts.md`, one stable id each, with a
 * phrase that occurs only in that fact's line of the sheet. Section 11 facts ("what a typical article
 * leaves out") are lists of other facts: they count as covered only when every listed fact is.
 * The sheet's legend line also contains "[SC]", so the sheet holds 33 markers but 32 facts.
 */
const SC_FACTS: Readonly<Record<string, { sheet: string; needs?: readonly string[] }>> = {
  'what-it-is.prescription-retinoid': { sheet: 'Prescription-only oral retinoid' },
  'pregnancy.boxed': { sheet: 'US boxed warning: it can cause severe' },
  'pregnancy.defects': { sheet: 'Documented defects affect the face' },
  'pregnancy.no-safe-amount': { sheet: 'UKTIS: there is no known "safe" exposure' },
  'pregnancy.stop-if-pregnant': { sheet: 'If pregnancy occurs, stop at once' },
  'pregnancy.ipledge': { sheet: 'US iPLEDGE REMS: patients, prescribers' },
  'pregnancy.ipledge-rules': { sheet: 'iPLEDGE, patients who can get pregnant' },
  'pregnancy.ppp': { sheet: 'EU/UK Pregnancy Prevention Programme' },
  'pregnancy.minipill': { sheet: 'The progestogen-only "minipill" is not adequate' },
  'pregnancy.no-breastfeeding': { sheet: 'Do not breastfeed during treatment' },
  'mental-health.warning': { sheet: '**Mental health.**' },
  'mental-health.nhs-stop': { sheet: 'NHS: if you feel depressed' },
  'mental-health.mhra-2023': { sheet: '**MHRA 2023 (UK) measures:**' },
  'intracranial-pressure': { sheet: '**Raised pressure in the skull**' },
  pancreatitis: { sheet: '**Acute pancreatitis**' },
  'vision.night': { sheet: '**Vision.** Night vision' },
  'serious-skin-reactions': { sheet: '**Serious skin reactions**' },
  allergy: { sheet: '**Allergy.**' },
  'interactions.tetracyclines': { sheet: '**Tetracyclines**' },
  'interactions.vitamin-a': { sheet: '**Vitamin A supplements**' },
  'interactions.minipill': { sheet: '**Progestogen-only "minipill"**' },
  'interactions.st-johns-wort': { sheet: "**St John's wort**" },
  food: { sheet: '**Food.**' },
  'blood-donation': { sheet: '**Blood donation.**' },
  sharing: { sheet: '**Sharing.**' },
  'night-driving': { sheet: '**Night driving.**' },
  'report-promptly': { sheet: '**Report promptly:**' },
  monitoring: { sheet: '**Monitoring.**' },
  'gaps.pregnancy': {
    sheet: '**It never mentions pregnancy**',
    needs: ['pregnancy.boxed', 'pregnancy.ipledge', 'pregnancy.ipledge-rules', 'pregnancy.ppp'],
  },
  'gaps.mood': {
    sheet: '**"Mood changes" understates the risk.**',
    needs: [
      'mental-health.warning',
      'mental-health.nhs-stop',
      'mental-health.mhra-2023',
      'sexual-side-effects',
    ],
  },
  'gaps.serious-warnings': {
    sheet: '**It omits serious warnings:**',
    needs: [
      'intracranial-pressure',
      'interactions.tetracyclines',
      'pancreatitis',
      'serious-skin-reactions',
      'hearing',
      'vision.night',
      'bones',
      'allergy',
      'blood-sugar',
      'ibd',
    ],
  },
  'gaps.practical-rules': {
    sheet: '**It omits practical rules:**',
    needs: [
      'blood-donation',
      'sharing',
      'cosmetic-procedures',
      'food',
      'night-driving',
      'interactions.tetracyclines',
      'interactions.vitamin-a',
      'interactions.minipill',
      'interactions.st-johns-wort',
      'specialist',
      'buy-online',
    ],
  },
};

/** Fact ids tagged on the items a reader can reach (the popup's full view shows every section). */
function coveredFacts(): Set<string> {
  const view = fullView(med);
  return new Set(view.sections.flatMap((s) => s.items.flatMap((i) => i.facts ?? [])));
}

function uncovered(covered: ReadonlySet<string>): string[] {
  return Object.entries(SC_FACTS)
    .filter(([id, { needs }]) => (needs ? needs.some((n) => !covered.has(n)) : !covered.has(id)))
    .map(([id]) => id);
}

describe('safety-critical fact coverage', () => {
  it('covers every [SC] fact with at least one item', () => {
    expect(uncovered(coveredFacts())).toEqual([]);
  });

  it('would notice a missing fact', () => {
    const covered = coveredFacts();
    covered.delete('blood-donation');
    expect(uncovered(covered)).toEqual(['blood-donation', 'gaps.practical-rules']);
  });

  // The sheet is vendored next to the content so a clean clone can run this check; the shared original
  // (DESIGN.md: `../shared/content/isotretinoin-facts.md`) is compared when present, to catch drift.
  const vendored = fileURLToPath(new URL('facts.md', import.meta.url));
  const shared = fileURLToPath(new URL('../../../shared/content/isotretinoin-facts.md', import.meta.url));

  it('lists exactly the [SC] facts of the facts sheet', () => {
    const sheet = readFileSync(vendored, 'utf8');
    if (existsSync(shared))
      expect(sheet, 'vendored facts sheet differs from shared').toBe(readFileSync(shared, 'utf8'));
    const scLines = sheet.split('\n').filter((line) => /^\s*- \[SC\]/.test(line));
    expect(scLines).toHaveLength(Object.keys(SC_FACTS).length);
    for (const [id, { sheet: phrase }] of Object.entries(SC_FACTS)) {
      const matches = scLines.filter((line) => line.includes(phrase));
      expect(matches, id).toHaveLength(1);
    }
  });
});
