// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveContacts } from './contacts';
import { ISOTRETINOIN_CONTENT as med } from './isotretinoin/content';
import {
  COMPACT_SECTION_ORDER,
  compactView,
  firstWarning,
  fullView,
  orderedSections,
  SECTION_ORDER,
  type ViewSection,
} from './view';
import type { Region } from './types';

const REGIONS: readonly (Region | undefined)[] = [undefined, 'US', 'UK', 'EU', 'other'];
const modelText = new Map(med.sections.flatMap((s) => s.items.map((i) => [i.id, i.text.en])));
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
/** Every text of a rendered block: section titles, group headings and item texts. */
const blockText = (sections: readonly ViewSection[]) =>
  sections
    .flatMap((s) => [s.title, ...(s.groups ?? []).map((g) => g.title), ...s.items.map((i) => i.text)])
    .join('\n');

/** The numbers each region's "get help now" block must show (DESIGN.md "Content rules"). */
const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  US: ['911', '988'],
  UK: ['999', '111', '116 123'],
  EU: ['112'],
  other: ['your local emergency number'],
  unknown: ['911', '999', '112', '111', '988', '116 123'],
};
/** Numbers a region's block must not show (they do not work there). */
const NOT_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  US: ['999', '112', '116 123'],
  UK: ['911', '988', '112'],
  EU: ['911', '988', '999'],
  other: ['911', '988', '999', '112'],
  unknown: [],
};

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
    expect(compact.sections[0]?.boxed).toBe(true);
    expect(full.sections.find((s) => s.boxed)?.kind).toBe('pregnancy');
  });

  it('puts "get help now" right after pregnancy, as the one urgent section, in both forms', () => {
    for (const sections of [full.sections, compact.sections]) {
      const kinds = sections.map((s) => s.kind);
      expect(kinds.indexOf('get-help')).toBe(kinds.indexOf('pregnancy') + 1);
      expect(sections.filter((s) => s.urgent).map((s) => s.kind)).toEqual(['get-help']);
    }
  });

  it("shows the region's emergency and crisis numbers in the get-help block, and no other region's", () => {
    const key = region ?? 'unknown';
    for (const sections of [full.sections, compact.sections]) {
      const block = blockText(sections.filter((s) => s.kind === 'get-help'));
      for (const number of NUMBERS[key]!) expect(block, number).toContain(number);
      for (const number of NOT_NUMBERS[key]!) expect(block, number).not.toContain(number);
      expect(block).not.toMatch(/[{}]/);
    }
  });

  it('separates "call the emergency number now" from "stop and call your prescriber", emergencies first', () => {
    for (const sections of [full.sections, compact.sections]) {
      const getHelp = sections.find((s) => s.kind === 'get-help')!;
      expect(getHelp.groups?.map((g) => g.id)).toEqual(['emergency', 'call-prescriber']);
      expect(getHelp.groups?.flatMap((g) => ids(g.items))).toEqual(ids(getHelp.items));
      const emergency = getHelp.groups![0]!;
      expect(emergency.title).toMatch(/^Call .+ now for these emergencies$/);
      expect(ids(emergency.items).slice(0, 2)).toEqual(['get-help.allergy', 'get-help.suicide']);
      // Chest pain, fits and stroke signs are emergencies too (full view; the hover card stays short).
      if (sections === full.sections) expect(ids(emergency.items)).toContain('get-help.emergency-signs');
      expect(getHelp.groups![1]!.title).toMatch(/stop taking it and call your prescriber/i);
      for (const item of getHelp.items)
        expect(item.urgency).toBe(getHelp.groups!.find((g) => g.items.includes(item))!.id);
    }
  });

  it('never hides a pregnancy item in the full view', () => {
    const pregnancy = full.sections.find((s) => s.kind === 'pregnancy');
    const authored = med.sections.find((s) => s.kind === 'pregnancy');
    expect(new Set(ids(pregnancy!.items))).toEqual(new Set(ids(authored!.items)));
  });

  it('derives every statement from the model, with no second copy', () => {
    for (const item of [...full.sections.flatMap((s) => s.items), ...compact.items]) {
      expect(item.text).toBe(resolveContacts(modelText.get(item.id)!, region, 'en').text);
    }
    const fullIds = new Set(full.sections.flatMap((s) => ids(s.items)));
    for (const id of ids(compact.items)) expect(fullIds.has(id)).toBe(true);
  });

  it('covers the mission in the hover card, in order, and stays short', () => {
    const kinds = compact.sections.map((s) => s.kind);
    expect(kinds).toEqual([
      'pregnancy',
      'get-help',
      'serious-warnings',
      'side-effects',
      'how-it-works',
      'safety-tips',
    ]);
    expect(kinds).toEqual(COMPACT_SECTION_ORDER.filter((k) => kinds.includes(k)));
    expect(compact.items.map((i) => i.section)).toEqual(
      compact.sections.flatMap((s) => s.items.map(() => s.kind)),
    );
    const pregnancy = ids(compact.sections[0]!.items);
    expect(pregnancy.slice(0, 2)).toEqual(['pregnancy.boxed', 'pregnancy.birth-control']);
    const bySection = (kind: string) => compact.items.filter((i) => i.section === kind);
    expect(bySection('serious-warnings').length).toBeGreaterThanOrEqual(1);
    expect(blockText(compact.sections.filter((s) => s.kind === 'side-effects'))).toMatch(
      /dry.*lips.*dry skin.*dry eyes.*sun/s,
    );
    expect(ids(bySection('how-it-works'))).toEqual(['how.oil-glands']);
    expect(ids(bySection('safety-tips'))).toEqual(['tip.blood-donation', 'tip.sharing']);
    expect(compact.items.length).toBeLessThanOrEqual(12);
    const total = full.sections.reduce((n, s) => n + s.items.length, 0);
    expect(compact.moreCount).toBe(total - compact.items.length);
    expect(compact.moreCount).toBeGreaterThan(0);
  });

  it('shows a birth-control line with no region tag in the hover card, so every region sees it', () => {
    const line = compact.items.find((i) => i.id === 'pregnancy.birth-control');
    expect(line?.regions).toBeUndefined();
    expect(line?.text).toMatch(/birth control \(contraception\)/);
    expect(line?.text).toMatch(/1 month before/);
  });

  it('opens on the corrected first line: not while pregnant, no pregnancy 1 month before to 1 month after', () => {
    const first = compact.items[0]!.text;
    expect(first).toMatch(/while you are pregnant/);
    expect(first).toMatch(/1 month before .* 1 month after/);
    expect(first).not.toMatch(/could get pregnant|may become pregnant/);
  });

  it('lists exactly the sources its items cite, each with the date its text was read, plus version and date', () => {
    for (const view of [full, compact]) {
      const shown = view.sections.flatMap((s) => s.items);
      expect(new Set(view.sources.map((s) => s.id))).toEqual(new Set(shown.flatMap((i) => i.sources)));
      for (const source of view.sources) expect(source.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(view.contentVersion).toBe(med.contentVersion);
      expect(view.lastReviewed).toBe(med.lastReviewed);
    }
  });
});

const itemIds = (region?: Region) => fullView(med, { region }).sections.flatMap((s) => ids(s.items));
const pregnancyIds = (region: Region) =>
  ids(fullView(med, { region }).sections.find((s) => s.kind === 'pregnancy')!.items);
const compactIds = (region?: Region) => ids(compactView(med, { region }).items);
const fullItem = (id: string, region?: Region) =>
  fullView(med, { region })
    .sections.flatMap((s) => s.items)
    .find((i) => i.id === id)!;

describe('region filtering', () => {
  it('shows everything, in authored order, when the region is unknown', () => {
    expect(itemIds()).toEqual(med.sections.flatMap((s) => ids(s.items)));
  });

  it('cites the sources of the numbers it fills in, for the region shown', () => {
    expect(fullItem('get-help.allergy', 'EU').sources).toContain('eu-112');
    expect(fullItem('get-help.allergy', 'US').sources).not.toContain('eu-112');
    expect(fullItem('get-help.suicide', 'US').sources).toContain('lifeline-988');
    expect(fullItem('get-help.suicide', 'UK').sources).toContain('samaritans');
    expect(fullItem('get-help.suicide').sources).toEqual(
      expect.arrayContaining(['lifeline-988', 'samaritans']),
    );
  });

  it("shows a country's own emergency number before its region's (Mexico: 911), and nothing else changes", () => {
    const mexico = fullView(med, { region: 'other', country: 'MX' });
    const other = fullView(med, { region: 'other' });
    const getHelp = (view: typeof other) => blockText(view.sections.filter((s) => s.kind === 'get-help'));
    expect(getHelp(mexico)).toContain('911');
    expect(getHelp(mexico)).not.toContain('your local emergency number');
    expect(getHelp(other)).not.toContain('911');
    expect(
      mexico.sections.flatMap((s) => s.items).find((i) => i.id === 'get-help.allergy')?.sources,
    ).toContain('mx-911');
    expect(mexico.sources.map((s) => s.id)).toContain('mx-911');
    // The rules shown, and their order, follow the region alone.
    expect(mexico.sections.flatMap((s) => ids(s.items))).toEqual(other.sections.flatMap((s) => ids(s.items)));
    // A country without its own numbers reads like its region.
    expect(fullView(med, { region: 'EU', country: 'ES' })).toEqual(fullView(med, { region: 'EU' }));
    expect(
      compactView(med, { region: 'other', country: 'MX' })
        .items.map((i) => i.text)
        .join(' '),
    ).toContain('Call 911 now');
  });

  it("adds the sources an item cites for the view's language only, after its own", () => {
    const [what, ...rest] = med.sections;
    const item = { ...what!.items[0]!, localeSources: { en: ['nhs', 'lactmed'] } };
    const withLocal = { ...med, sections: [{ ...what!, items: [item, ...what!.items.slice(1)] }, ...rest] };
    const shown = fullView(withLocal).sections[0]!.items[0]!;
    expect(shown.sources).toEqual([...new Set([...item.sources, 'nhs', 'lactmed'])]);
    expect(fullView(withLocal).sources.map((s) => s.id)).toContain('lactmed');
    expect(fullView(med).sections[0]!.items[0]!.sources).toEqual(item.sources);
    // Sources for one language only reach that language's card; the English ones are always kept.
    const spanishOnly = { ...what!.items[0]!, localeSources: { es: ['lactmed'] } };
    const withSpanish = {
      ...med,
      sections: [{ ...what!, items: [spanishOnly, ...what!.items.slice(1)] }, ...rest],
    };
    expect(fullView(withSpanish).sections[0]!.items[0]!.sources).not.toContain('lactmed');
    const es = fullView(withSpanish, { locale: 'es' });
    expect(es.sections[0]!.items[0]!.sources).toEqual([...spanishOnly.sources, 'lactmed']);
    expect(es.sources.map((s) => s.id)).toContain('lactmed');
  });

  it("keeps every item for every region, another region's rules after the reader's own", () => {
    const all = new Set(itemIds());
    for (const region of ['US', 'UK', 'EU', 'other'] as const) expect(new Set(itemIds(region))).toEqual(all);
    const us = itemIds('US');
    expect(us.indexOf('what.us-use')).toBeLessThan(us.indexOf('what.uk-eu-use'));
    const uk = itemIds('UK');
    expect(uk.indexOf('what.uk-eu-use')).toBeLessThan(uk.indexOf('what.us-use'));
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
    // Unknown or other region: the region-less birth-control line stands in; the popup has both programmes.
    for (const region of [undefined, 'other'] as const) {
      expect(compactIds(region)).toContain('pregnancy.birth-control');
      expect(compactIds(region)).not.toContain('pregnancy.ipledge');
      expect(compactIds(region)).not.toContain('pregnancy.ppp');
    }
    expect(pregnancyIds('other')).toEqual(expect.arrayContaining(['pregnancy.ipledge', 'pregnancy.ppp']));
  });
});
