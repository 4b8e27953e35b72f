import type { Locale, Localized } from '../i18n/locales';

/** Name groups a user can switch off (the INN itself is always detected). */
export type NameGroup = 'inn' | 'brands' | 'international' | 'misspellings';
export type SwitchableNameGroup = Exclude<NameGroup, 'inn'>;
export const SWITCHABLE_NAME_GROUPS = [
  'brands',
  'international',
  'misspellings',
] as const satisfies readonly SwitchableNameGroup[];

/** One detectable name as a medication's names list writes it. Adding a name is one line there. */
export interface NameEntry {
  readonly text: string;
  readonly group: NameGroup;
  /** BCP-47 language of an international spelling, e.g. "fr". */
  readonly lang?: string;
}

/** A detectable name, tagged with the medication it names (what the matcher reports). */
export interface MedicationName extends NameEntry {
  readonly medicationId: string;
}

/**
 * What detection needs of a medication: bundled into every frame, so it holds names only. The reading
 * content is looked up by `id` when a card first opens (medications/registry-content.ts).
 */
export interface MedicationNames {
  readonly id: string;
  /** The generic (INN) name in English, e.g. "isotretinoin". */
  readonly genericName: string;
  readonly names: readonly MedicationName[];
}

export type Severity = 'critical' | 'serious' | 'common' | 'tip' | 'info';
/** Where a rule applies. Items without a region apply everywhere. */
export type Region = 'US' | 'UK' | 'EU' | 'other';

export type SectionKind =
  | 'what-it-is'
  | 'pregnancy'
  | 'get-help'
  | 'serious-warnings'
  | 'side-effects'
  | 'safety-tips'
  | 'interactions'
  | 'how-it-works'
  | 'questions';

/**
 * How fast a "get help now" statement asks the reader to act: `'emergency'` = call the emergency number
 * (or a crisis line) now; `'call-prescriber'` = stop taking the medicine and call the prescriber right away.
 */
export type Urgency = 'emergency' | 'call-prescriber';

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** The document's own (canonical) address: what the card links to. Never opened by MedGlance. */
  readonly url: string;
  /**
   * ISO date (YYYY-MM-DD) on which the statements citing this source were written from a stored copy of
   * its text (never a live visit of `url`). The card shows it as "text read <date> from a stored copy".
   * Nobody has opened the link live yet: README "Content", known gap.
   */
  readonly readOn: string;
  /**
   * Where that stored copy lived when it was not at `url`, e.g. "druglib.com (copy of the label)". A
   * reviewer opening `url` should compare the statements with the official text there.
   */
  readonly readVia?: string;
  /**
   * Language the document is written in, when it is not English (e.g. `'es'` for a Spanish label or
   * government page). Tells a reviewer which sources a reader of that language can open and read.
   */
  readonly lang?: Locale;
}

export interface ContentItem {
  /** Stable id, unique within the medication. */
  readonly id: string;
  /** Short plain-language statement (reading grade ≤ 8), in every language. */
  readonly text: Localized;
  readonly severity: Severity;
  /** Ids of `MedicationContent.sources`; at least one. Shown in every language. */
  readonly sources: readonly string[];
  /**
   * Extra source ids shown only to readers of one language, beside `sources` (which are always kept):
   * e.g. an official Spanish-language leaflet for the Spanish card. They must back the same statement.
   */
  readonly localeSources?: Partial<Record<Locale, readonly string[]>>;
  /** Regions the statement applies to; absent = everywhere. */
  readonly regions?: readonly Region[];
  /** Facts-sheet ids this item covers (e.g. "pregnancy.boxed"). */
  readonly facts?: readonly string[];
  /** Shown in the compact (hover) form of the card. */
  readonly inSummary?: boolean;
  /** In a grouped section ("get help now"): which of the section's groups the item belongs to. */
  readonly urgency?: Urgency;
}

/**
 * A sub-list of a section, e.g. "Call {emergency} now for these emergencies". Its items are the section's items
 * with the same `urgency`, in the section's order.
 */
export interface SectionGroup {
  readonly urgency: Urgency;
  /** Heading; may hold contact placeholders such as `{emergency}` (medications/contacts.ts). */
  readonly title: Localized;
}

export interface Section {
  readonly kind: SectionKind;
  readonly title: Localized;
  /**
   * Texts may hold contact placeholders (`{emergency}`, `{crisis}`, …: medications/contacts.ts) that the
   * view resolves for the reader's region.
   */
  readonly items: readonly ContentItem[];
  /** Sub-lists, in reading order; when present, every item has the `urgency` of one of them. */
  readonly groups?: readonly SectionGroup[];
}

/** Where a brand is sold and who makes it (shown under the card's title). */
export interface BrandFacts {
  /** e.g. "India", "US (withdrawn 2009), Canada". */
  readonly soldIn: Localized;
  readonly maker?: string;
}

/** A medication's bundled reading content (loaded with the card, not with detection). */
export interface MedicationContent {
  readonly id: string;
  /** The generic (INN) name, e.g. "isotretinoin" / "isotretinoína". */
  readonly genericName: Localized;
  readonly summary: Localized;
  readonly sections: readonly Section[];
  readonly sources: readonly Source[];
  /** Brand details by the brand's name as listed in the medication's names. */
  readonly brands?: Readonly<Record<string, BrandFacts>>;
  readonly contentVersion: string;
  /** ISO date (YYYY-MM-DD). */
  readonly lastReviewed: string;
}
