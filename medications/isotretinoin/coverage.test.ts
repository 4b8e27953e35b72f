// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOfficialSource } from '../official-sources';
import { fullView } from '../view';
import { ISOTRETINOIN_CONTENT as med } from './content';
import { citesScFact, SC_FACTS, uncoveredScFacts } from './sc-facts';

/** Fact ids tagged on the items a reader can reach (the popup's full view shows every section). */
function coveredFacts(): Set<string> {
  const view = fullView(med);
  return new Set(view.sections.flatMap((s) => s.items.flatMap((i) => i.facts ?? [])));
}

describe('safety-critical fact coverage', () => {
  it('covers every [SC] fact with at least one item', () => {
    expect(uncoveredScFacts(coveredFacts())).toEqual([]);
  });

  it('would notice a missing fact', () => {
    const covered = coveredFacts();
    covered.delete('blood-donation');
    expect(uncoveredScFacts(covered)).toEqual(['blood-donation', 'gaps.practical-rules']);
    covered.delete('emergency.suicide');
    expect(uncoveredScFacts(covered)).toContain('emergency.suicide');
  });

  // Facts of the sheet without an [SC] mark, cited by their own ids. Listing them catches a misspelt
  // fact id on an item, which would otherwise hide a gap.
  const OTHER_FACTS = new Set(
    (
      'what-it-is.us-use what-it-is.uk-eu-use ipledge-2026 men-partner pregnancy.wait-after mental-health.ema ' +
      'blood-fats liver blood-counts side-effects.lips side-effects.skin side-effects.eyes-nose side-effects.sun ' +
      'side-effects.aches side-effects.flare side-effects.hair gaps.dehydration swallow-whole sun exercise ' +
      'report-side-effect other-acne-products alcohol interactions.tell how-it-works.sebum how-it-works.pores ' +
      'how-it-works.mechanism how-it-works.after'
    ).split(' '),
  );

  it('names only known facts on items', () => {
    const known = new Set([
      ...Object.keys(SC_FACTS),
      ...Object.values(SC_FACTS).flatMap((f) => f.needs ?? []),
      ...OTHER_FACTS,
    ]);
    expect([...coveredFacts()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('backs every statement that covers an [SC] fact with at least one official source', () => {
    const byId = new Map(med.sources.map((s) => [s.id, s]));
    const items = med.sections.flatMap((s) => s.items).filter((i) => citesScFact(i.facts));
    expect(items.length).toBeGreaterThan(40);
    const unofficial = items
      .filter((item) => !item.sources.some((id) => isOfficialSource(byId.get(id)!)))
      .map((item) => `${item.id}: ${item.sources.join(', ')}`);
    expect(unofficial).toEqual([]);
  });

  // The sheet is vendored next to the content so a clean clone can run this check; the shared original
  // (DESIGN.md: `../shared/content/isotretinoin-facts.md`) is compared when present, to catch drift.
  const vendored = fileURLToPath(new URL('facts.md', import.meta.url));
  const shared = fileURLToPath(new URL('../../../shared/content/isotretinoin-facts.md', import.meta.url));

  it('lists exactly the [SC] facts of the facts sheet', () => {
    const sheet = readFileSync(vendored, 'utf8');
    if (existsSync(shared))
      expect(sheet, 'vendored facts sheet differs from shared').toBe(readFileSync(shared, 'utf8'));
    // The legend line holds one more "[SC]" mark than there are facts.
    expect(sheet.match(/\[SC\]/g)).toHaveLength(Object.keys(SC_FACTS).length + 1);
    const scLines = sheet.split('\n').filter((line) => /^\s*- \[SC\]/.test(line));
    expect(scLines).toHaveLength(Object.keys(SC_FACTS).length);
    expect(scLines).toHaveLength(45);
    for (const [id, { sheet: phrase }] of Object.entries(SC_FACTS)) {
      const matches = scLines.filter((line) => line.includes(phrase));
      expect(matches, id).toHaveLength(1);
    }
  });
});
