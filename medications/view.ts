import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { ContentItem, MedicationContent, Region, Section, SectionKind, Severity, Source } from './types';

/** Shown under every card and popup. */
export const DISCLAIMER = 'Not medical advice — talk to your prescriber or pharmacist.';

/** Reading order of sections (DESIGN.md "Content rules"); pregnancy is always the first warning. */
export const SECTION_ORDER: readonly SectionKind[] = [
  'what-it-is',
  'pregnancy',
  'serious-warnings',
  'side-effects',
  'safety-tips',
  'interactions',
  'how-it-works',
  'questions',
];

/** Severities a reader should treat as a warning. */
export const WARNING_SEVERITIES: readonly Severity[] = ['critical', 'serious'];

/** The reader's region, when known (without it every item is shown in authored order), and language. */
export interface ViewOptions {
  readonly region?: Region;
  /** Language of the texts (default English). */
  readonly locale?: Locale;
}

/** A statement as shown: its text in the view's language. */
export interface ViewItem extends Omit<ContentItem, 'text'> {
  readonly text: string;
}

export interface ViewSection {
  readonly kind: SectionKind;
  readonly title: string;
  /** Render as a boxed warning (the pregnancy section). */
  readonly boxed: boolean;
  readonly items: readonly ViewItem[];
}

interface ViewBase {
  readonly locale: Locale;
  readonly medicationId: string;
  readonly genericName: string;
  readonly summary: string;
  /** Only the sources cited by the items shown, in order of first citation. */
  readonly sources: readonly Source[];
  readonly contentVersion: string;
  readonly lastReviewed: string;
  readonly disclaimer: string;
}

/** The popup / expanded card: every section, in order. */
export interface FullView extends ViewBase {
  readonly sections: readonly ViewSection[];
}

/** The hover card: the summary items (critical warnings first, top tips) plus how many more the full view has. */
export interface CompactView extends ViewBase {
  readonly items: readonly (ViewItem & { readonly section: SectionKind })[];
  readonly moreCount: number;
}

/** Whether a section is rendered as a boxed warning. */
export function isBoxed(section: Pick<Section, 'kind'>): boolean {
  return section.kind === 'pregnancy';
}

function sectionRank(kind: SectionKind): number {
  return SECTION_ORDER.indexOf(kind);
}

/** Sections in reading order, empty ones dropped. */
export function orderedSections(med: MedicationContent): readonly Section[] {
  return med.sections
    .filter((s) => s.items.length > 0)
    .toSorted((a, b) => sectionRank(a.kind) - sectionRank(b.kind));
}

function appliesTo(item: Pick<ContentItem, 'regions'>, region: Region | undefined): boolean {
  return !region || !item.regions || item.regions.includes(region);
}

/**
 * Items of a section for a region: the region's own rules move up (after region-less critical warnings),
 * other regions' rules are dropped, except in the pregnancy section, which never hides anything
 * (`keepAll`), because a reader's region guess can be wrong and the rules there protect a baby.
 */
function itemsFor(section: Section, region: Region | undefined, keepAll: boolean): ContentItem[] {
  if (!region) return [...section.items];
  const rank = (item: ContentItem) => {
    if (!item.regions && item.severity === 'critical') return 0;
    if (item.regions?.includes(region)) return 1;
    return item.regions ? 3 : 2;
  };
  const kept = keepAll ? section.items : section.items.filter((item) => appliesTo(item, region));
  return kept.toSorted((a, b) => rank(a) - rank(b));
}

function citedSources(med: MedicationContent, items: readonly Pick<ContentItem, 'sources'>[]): Source[] {
  const byId = new Map(med.sources.map((s) => [s.id, s]));
  const ids = new Set(items.flatMap((item) => item.sources));
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}

function base(med: MedicationContent, items: readonly ViewItem[], locale: Locale): ViewBase {
  return {
    locale,
    medicationId: med.id,
    genericName: med.genericName[locale],
    summary: med.summary[locale],
    sources: citedSources(med, items),
    contentVersion: med.contentVersion,
    lastReviewed: med.lastReviewed,
    disclaimer: DISCLAIMER,
  };
}

/** Full text for the popup and the card's expanded view, derived from the one model. */
export function fullView(med: MedicationContent, options: ViewOptions = {}): FullView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const sections = orderedSections(med).map((section) => ({
    kind: section.kind,
    title: section.title[locale],
    boxed: isBoxed(section),
    items: itemsFor(section, options.region, isBoxed(section)).map((item) => ({
      ...item,
      text: item.text[locale],
    })),
  }));
  return {
    ...base(
      med,
      sections.flatMap((s) => s.items),
      locale,
    ),
    sections,
  };
}

/** Compact form for the hover card: the `inSummary` items of the full view, in the same order. */
export function compactView(med: MedicationContent, options: ViewOptions = {}): CompactView {
  const full = fullView(med, options);
  const shown = full.sections.flatMap((section) =>
    section.items
      // The hover card is short: another region's rules stay in the full view only.
      .filter((item) => item.inSummary && appliesTo(item, options.region))
      .map((item) => ({ ...item, section: section.kind })),
  );
  const total = full.sections.reduce((n, s) => n + s.items.length, 0);
  return { ...base(med, shown, full.locale), items: shown, moreCount: total - shown.length };
}

/** The first warning (critical or serious item) in reading order: must be the pregnancy boxed warning. */
export function firstWarning(view: FullView): ViewItem | undefined {
  return view.sections.flatMap((s) => s.items).find((i) => WARNING_SEVERITIES.includes(i.severity));
}

/** Short label for an item's regions, e.g. "US only" or "UK and EU"; empty when it applies everywhere. */
export function regionLabel(regions: readonly Region[] | undefined): string {
  if (!regions || regions.length === 0) return '';
  const names = regions.map((r) => (r === 'other' ? 'other countries' : r));
  if (names.length === 1) return `${names[0]} only`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
