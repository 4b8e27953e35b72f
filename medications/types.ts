import type { Localized } from '../i18n/locales';

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
  /** Where the brand is sold (from the facts sheet), e.g. "US", "India". */
  readonly country?: string;
  readonly maker?: string;
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
  | 'serious-warnings'
  | 'side-effects'
  | 'safety-tips'
  | 'interactions'
  | 'how-it-works'
  | 'questions';

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  /** ISO date (YYYY-MM-DD) the source was last checked. */
  readonly checked: string;
}

export interface ContentItem {
  /** Stable id, unique within the medication. */
  readonly id: string;
  /** Short plain-language statement (reading grade ≤ 8), in every language. */
  readonly text: Localized;
  readonly severity: Severity;
  /** Ids of `MedicationContent.sources`; at least one. */
  readonly sources: readonly string[];
  /** Regions the statement applies to; absent = everywhere. */
  readonly regions?: readonly Region[];
  /** Facts-sheet ids this item covers (e.g. "pregnancy.boxed"). */
  readonly facts?: readonly string[];
  /** Shown in the compact (hover) form of the card. */
  readonly inSummary?: boolean;
}

export interface Section {
  readonly kind: SectionKind;
  readonly title: Localized;
  readonly items: readonly ContentItem[];
}

/** A medication's bundled reading content (loaded with the card, not with detection). */
export interface MedicationContent {
  readonly id: string;
  /** The generic (INN) name, e.g. "isotretinoin" / "isotretinoína". */
  readonly genericName: Localized;
  readonly summary: Localized;
  readonly sections: readonly Section[];
  readonly sources: readonly Source[];
  readonly contentVersion: string;
  /** ISO date (YYYY-MM-DD). */
  readonly lastReviewed: string;
}
