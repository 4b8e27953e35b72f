// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ISOTRETINOIN_CONTENT as med } from './isotretinoin/content';
import {
  compactView,
  DISCLAIMER,
  firstWarning,
  fullView,
  orderedSections,
  regionLabel,
  SECTION_ORDER,
} from './view';
import type { Region } from './types';

const REGIONS: readonly (Region | undefined)[] = [undefined, 'US', 'UK', 'EU', 'other'];
const modelText = new Map(med.sections.flatMap((s) => s.items.map((i) => [i.id, i.text.en])));
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('section order', () => {
  it('puts pregnancy right after "what it is"', () => {
    expect(orderedSections(med).map((s) => s.kind)).toEqual(SECTION_ORDER);
    expect(orderedSections(med)[1]?.kind).toBe('pregnancy');
  });

  it('reorders sections given out of order and drops empty ones', () => {
    const [what, pregnancy, ...rest] = med.sections;
    const shuffled = { ...med, sections: [...rest, { ...pregnancy!, items: [] }, what!] };
    const kinds = orderedSections(shuffled).map((s) => s.kind);
    expect(kinds[0]).toBe('what-it-is');
    expect(kinds).not.toContain('pregnancy');
  });
});

describe.each(REGIONS)('views for region %s', (region) => {
  const full = fullView(med, { region });
  const compact = compactView(med, { region });

  it('shows the pregnancy boxed warning as the first warning, in both forms', () => {
    expect(firstWarning(full)?.id).toBe('pregnancy.boxed');
    // The hover card opens on it: the one-line summary says what the medicine is.
    expect(compact.items[0]?.id).toBe('pregnancy.boxed');
    expect(full.sections.find((s) => s.boxed)?.kind).toBe('pregnancy');
  });

  it('never hides a pregnancy item in the full view', () => {
    const pregnancy = full.sections.find((s) => s.kind === 'pregnancy');
    const authored = med.sections.find((s) => s.kind === 'pregnancy');
    expect(new Set(ids(pregnancy!.items))).toEqual(new Set(ids(authored!.items)));
  });

  it('derives every statement from the model, with no second copy', () => {
    for (const item of [...full.sections.flatMap((s) => s.items), ...compact.items]) {
      expect(item.text).toBe(modelText.get(item.id));
    }
    const fullIds = new Set(full.sections.flatMap((s) => ids(s.items)));
    for (const id of ids(compact.items)) expect(fullIds.has(id)).toBe(true);
  });

  it('keeps the compact form short, with critical warnings, top safety tips and a "more" count', () => {
    const sections = new Set(compact.items.map((i) => i.section));
    expect(sections).toContain('pregnancy');
    expect(sections).toContain('serious-warnings');
    expect(ids(compact.items)).toEqual(expect.arrayContaining(['tip.blood-donation', 'tip.sharing']));
    expect(compact.items.length).toBeLessThanOrEqual(10);
    const total = full.sections.reduce((n, s) => n + s.items.length, 0);
    expect(compact.moreCount).toBe(total - compact.items.length);
    expect(compact.moreCount).toBeGreaterThan(0);
  });

  it('lists exactly the sources its items cite, plus version, date and disclaimer', () => {
    for (const view of [full, compact]) {
      const shown = 'sections' in view ? view.sections.flatMap((s) => s.items) : view.items;
      expect(new Set(view.sources.map((s) => s.id))).toEqual(new Set(shown.flatMap((i) => i.sources)));
      expect(view.disclaimer).toBe(DISCLAIMER);
      expect(view.contentVersion).toBe(med.contentVersion);
      expect(view.lastReviewed).toBe(med.lastReviewed);
    }
  });
});

const itemIds = (region?: Region) => fullView(med, { region }).sections.flatMap((s) => ids(s.items));
const pregnancyIds = (region: Region) =>
  ids(fullView(med, { region }).sections.find((s) => s.kind === 'pregnancy')!.items);
const compactIds = (region?: Region) => ids(compactView(med, { region }).items);

describe('region filtering', () => {
  it('shows everything, in authored order, when the region is unknown', () => {
    expect(itemIds()).toEqual(med.sections.flatMap((s) => ids(s.items)));
  });

  it("keeps region-less items and drops another region's rules outside the pregnancy section", () => {
    const us = itemIds('US');
    expect(us).toContain('serious.mental-health');
    expect(us).toContain('what.us-use');
    expect(us).not.toContain('what.uk-eu-use');
    expect(us).not.toContain('serious.mhra-2023');
    expect(itemIds('UK')).toContain('serious.mhra-2023');
    expect(itemIds('UK')).not.toContain('what.us-use');
  });

  it("puts the reader's own contraception rules before other regions' rules", () => {
    const us = pregnancyIds('US');
    expect(us.indexOf('pregnancy.ipledge')).toBeLessThan(us.indexOf('pregnancy.ppp'));
    const uk = pregnancyIds('UK');
    expect(uk.indexOf('pregnancy.ppp')).toBeLessThan(uk.indexOf('pregnancy.ipledge'));
    expect(uk[0]).toBe('pregnancy.boxed');
  });

  it("shows only the reader's own contraception programme in the hover card", () => {
    expect(compactIds('US')).toContain('pregnancy.ipledge');
    expect(compactIds('US')).not.toContain('pregnancy.ppp');
    expect(compactIds('EU')).toContain('pregnancy.ppp');
    expect(compactIds('EU')).not.toContain('pregnancy.ipledge');
    expect(compactIds()).toEqual(expect.arrayContaining(['pregnancy.ipledge', 'pregnancy.ppp']));
  });
});

describe('regionLabel', () => {
  it('names the regions a rule applies to', () => {
    expect(regionLabel(undefined)).toBe('');
    expect(regionLabel(['US'])).toBe('US only');
    expect(regionLabel(['UK', 'EU'])).toBe('UK and EU');
    expect(regionLabel(['US', 'UK', 'other'])).toBe('US, UK and other countries');
  });
});
