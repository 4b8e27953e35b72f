import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { resolveContacts } from './contacts';
import type {
  ContentItem,
  MedicationContent,
  Region,
  Section,
  SectionKind,
  Severity,
  Source,
  Urgency,
} from './types';

/** Reading order of sections (DESIGN.md "Content rules"); pregnancy is always the first warning. */
export const SECTION_ORDER: readonly SectionKind[] = [
  'what-it-is',
  'pregnancy',
  'get-help',
  'serious-warnings',
  'side-effects',
  'safety-tips',
  'interactions',
  'how-it-works',
  'questions',
];

/**
 * Section order of the hover card (DESIGN.md: "pregnancy, get help now, top serious warnings, common side
 * effects, one line on how it works, two safety tips, then More"): as the full view, except that the one
 * line on how it works comes before the tips, so the card's promise is read before the practical rules.
 */
export const COMPACT_SECTION_ORDER: readonly SectionKind[] = [
  'what-it-is',
  'pregnancy',
  'get-help',
  'serious-warnings',
  'side-effects',
  'how-it-works',
  'safety-tips',
  'interactions',
  'questions',
];

/** Severities a reader should treat as a warning. */
export const WARNING_SEVERITIES: readonly Severity[] = ['critical', 'serious'];

/** The reader's region, when known (without it every item is shown in authored order), and language. */
export interface ViewOptions {
  readonly region?: Region;
  /** Language of the texts (default English). */
  readonly locale?: Locale;
  /**
   * The reader's country, when known: ISO 3166-1 alpha-2 (e.g. 'MX', as `new Intl.Locale('es-MX').region`
   * gives it). Only phone numbers use it: a country listed in `COUNTRY_CONTACTS` (medications/contacts.ts)
   * gets its own numbers before its region's (Mexico, region "other": 911). Absent = the region's.
   * Which rules are shown and in what order still follows `region` alone.
   */
  readonly country?: string;
}

/** What resolving a text needs: the reader's region, language and (optional) country. */
interface Reader {
  readonly region: Region | undefined;
  readonly locale: Locale;
  readonly country: string | undefined;
}

/**
 * A statement as shown: its text in the view's language with the region's phone numbers filled in, and
 * its sources including those of the numbers.
 */
export interface ViewItem extends Omit<ContentItem, 'text'> {
  readonly text: string;
}

/** A titled sub-list of a section as shown, e.g. "Call 999 now for these emergencies" and its items. */
export interface ViewGroup {
  /** Stable id (the group's urgency), e.g. for a heading id. */
  readonly id: Urgency;
  readonly urgency: Urgency;
  readonly title: string;
  readonly items: readonly ViewItem[];
}

export interface ViewSection {
  readonly kind: SectionKind;
  readonly title: string;
  /** Render as a boxed warning (the pregnancy section). */
  readonly boxed: boolean;
  /** Render as an urgent, visually separate block with its groups' headings (the "get help now" section). */
  readonly urgent: boolean;
  /** Every item of the section, in reading order (group by group when `groups` is set). */
  readonly items: readonly ViewItem[];
  /** The section's sub-lists with their headings (get help now: emergency, then stop and call). */
  readonly groups?: readonly ViewGroup[];
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
}

/** The popup / expanded card: every section, in order. */
export interface FullView extends ViewBase {
  readonly sections: readonly ViewSection[];
}

/**
 * The hover card: the summary items in reading order (pregnancy box, get help now, top warnings, common
 * side effects, how it works, two tips) plus how many more the full view has.
 */
export interface CompactView extends ViewBase {
  readonly items: readonly (ViewItem & { readonly section: SectionKind })[];
  /** The same items under their sections (and groups), ready to render like the full view. */
  readonly sections: readonly ViewSection[];
  readonly moreCount: number;
}

/** Whether a section is rendered as a boxed warning. */
export function isBoxed(section: Pick<Section, 'kind'>): boolean {
  return section.kind === 'pregnancy';
}

/** Whether a section is rendered as the urgent "get help now" block. */
export function isUrgent(section: Pick<Section, 'kind'>): boolean {
  return section.kind === 'get-help';
}

function sectionRank(kind: SectionKind): number {
  return SECTION_ORDER.indexOf(kind);
}

function compactRank(kind: SectionKind): number {
  return COMPACT_SECTION_ORDER.indexOf(kind);
}

/** Sections in reading order, empty ones dropped. */
export function orderedSections(med: MedicationContent): readonly Section[] {
  return med.sections
    .filter((s) => s.items.length > 0)
    .toSorted((a, b) => sectionRank(a.kind) - sectionRank(b.kind));
}

/**
 * Items of a section for a region: the region's own rules move up (after region-less critical warnings)
 * and other regions' rules go to the end of their section, labelled with their region. Nothing is
 * dropped: the popup and the full card hold everything (DESIGN.md), because a reader's region guess can
 * be wrong and every safety-critical fact must be reachable. In a grouped section the items come group
 * by group, in the groups' order.
 */
function itemsFor(section: Section, region: Region | undefined): ContentItem[] {
  const groupRank = (item: ContentItem) =>
    section.groups ? section.groups.findIndex((g) => g.urgency === item.urgency) : 0;
  const rank = (item: ContentItem) => {
    if (!region) return 0;
    if (!item.regions && item.severity === 'critical') return 0;
    if (item.regions?.includes(region)) return 1;
    return item.regions ? 3 : 2;
  };
  return section.items.toSorted((a, b) => groupRank(a) - groupRank(b) || rank(a) - rank(b));
}

/**
 * An item as shown: text in the locale with the reader's contacts filled in; its sources, then those it
 * cites for this language only (`localeSources`), then those of the numbers filled in.
 */
function viewItem(item: ContentItem, reader: Reader): ViewItem {
  const { region, locale, country } = reader;
  const resolved = resolveContacts(item.text[locale], region, locale, country);
  const sources = [...item.sources, ...(item.localeSources?.[locale] ?? []), ...resolved.sources];
  return { ...item, text: resolved.text, sources: [...new Set(sources)] };
}

const resolvedTitle = (title: ContentItem['text'], reader: Reader): string =>
  resolveContacts(title[reader.locale], reader.region, reader.locale, reader.country).text;

function viewSection(section: Section, items: readonly ViewItem[], reader: Reader): ViewSection {
  const view: ViewSection = {
    kind: section.kind,
    title: resolvedTitle(section.title, reader),
    boxed: isBoxed(section),
    urgent: isUrgent(section),
    items,
  };
  if (!section.groups) return view;
  const groups = section.groups
    .map((group) => ({
      id: group.urgency,
      urgency: group.urgency,
      title: resolvedTitle(group.title, reader),
      items: items.filter((item) => item.urgency === group.urgency),
    }))
    .filter((group) => group.items.length > 0);
  return { ...view, groups };
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
  };
}

/** Full text for the popup and the card's expanded view, derived from the one model. */
export function fullView(med: MedicationContent, options: ViewOptions = {}): FullView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const reader: Reader = { region: options.region, locale, country: options.country };
  const sections = orderedSections(med).map((section) => {
    const items = itemsFor(section, reader.region).map((item) => viewItem(item, reader));
    return viewSection(section, items, reader);
  });
  return {
    ...base(
      med,
      sections.flatMap((s) => s.items),
      locale,
    ),
    sections,
  };
}

/**
 * Whether an `inSummary` item belongs in the hover card for a region: region-less items always; a
 * region's own rule only when the region is known (with the region unknown, the region-less birth-control
 * line stands in for both programmes, which the full view shows).
 */
function inCompact(item: ViewItem, region: Region | undefined): boolean {
  if (!item.inSummary) return false;
  return !item.regions || (region !== undefined && item.regions.includes(region));
}

/** Compact form for the hover card: the `inSummary` items of the full view, in the same order. */
export function compactView(med: MedicationContent, options: ViewOptions = {}): CompactView {
  const full = fullView(med, options);
  const sections = full.sections.flatMap((section): ViewSection[] => {
    const items = section.items.filter((item) => inCompact(item, options.region));
    if (items.length === 0) return [];
    const groups = section.groups
      ?.map((group) => ({ ...group, items: group.items.filter((item) => items.includes(item)) }))
      .filter((group) => group.items.length > 0);
    return [{ ...section, items, ...(groups ? { groups } : {}) }];
  });
  sections.sort((a, b) => compactRank(a.kind) - compactRank(b.kind));
  const shown = sections.flatMap((section) =>
    section.items.map((item) => ({ ...item, section: section.kind })),
  );
  const total = full.sections.reduce((n, s) => n + s.items.length, 0);
  return { ...base(med, shown, full.locale), items: shown, sections, moreCount: total - shown.length };
}

/** The first warning (critical or serious item) in reading order: must be the pregnancy boxed warning. */
export function firstWarning(view: FullView): ViewItem | undefined {
  return view.sections.flatMap((s) => s.items).find((i) => WARNING_SEVERITIES.includes(i.severity));
}
