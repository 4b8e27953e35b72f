// What one report is built from: its readers, the shared Report context, and small helpers on it.
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translate';
import type { ScFact } from '../../medications/isotretinoin/sc-facts';
import type { MedicationContent, Source } from '../../medications/types';
import type { ViewItem, ViewOptions } from '../../medications/view';
import type { Words } from './words';

/** Readers whose cards the report shows: every region, unknown, and Mexico (own emergency number). */
export const READERS: readonly ViewOptions[] = [
  { region: undefined },
  { region: 'US' },
  { region: 'UK' },
  { region: 'EU' },
  { region: 'other' },
  { region: 'other', country: 'MX' },
];

/** What every part of one report needs. */
export interface Report {
  readonly med: MedicationContent;
  readonly locale: Locale;
  readonly t: Translator;
  readonly w: Words;
  readonly byId: ReadonlyMap<string, Source>;
  readonly scFacts: Readonly<Record<string, ScFact>>;
  /** English text of each statement as shown (region unknown), for a translation's report. */
  readonly english: ReadonlyMap<string, ViewItem>;
}

export const readerName = (reader: ViewOptions) =>
  `${reader.region ?? 'unknown'}${reader.country ? `/${reader.country}` : ''}`;

/** Whether this report shows a translation beside the English. */
export const sideBySide = (report: Report) => report.locale !== DEFAULT_LOCALE;
