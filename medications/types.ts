/** Name groups a user can switch off (the INN itself is always detected). */
export type NameGroup = 'inn' | 'brands' | 'international' | 'misspellings';
export type SwitchableNameGroup = Exclude<NameGroup, 'inn'>;

/** One detectable name of a medication. Adding a name is a one-line change in the medication's names list. */
export interface MedicationName {
  readonly text: string;
  readonly group: NameGroup;
  /** Where the brand is sold (from the facts sheet), e.g. "US", "India". */
  readonly country?: string;
  readonly maker?: string;
  /** BCP-47 language of an international spelling, e.g. "fr". */
  readonly lang?: string;
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
  /** Short plain-language statement (reading grade ≤ 8). */
  readonly text: string;
  readonly severity: Severity;
  /** Ids of `Medication.sources`; at least one. */
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
  readonly title: string;
  readonly items: readonly ContentItem[];
}

export interface Medication {
  readonly id: string;
  /** The generic (INN) name, e.g. "isotretinoin". */
  readonly genericName: string;
  readonly names: readonly MedicationName[];
  readonly summary: string;
  readonly sections: readonly Section[];
  readonly sources: readonly Source[];
  readonly contentVersion: string;
  /** ISO date (YYYY-MM-DD). */
  readonly lastReviewed: string;
}

/** A medication's bundled reading content: everything but the detectable names (those live with detection). */
export type MedicationContent = Omit<Medication, 'names'>;
