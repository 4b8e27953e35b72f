import { compactView, fullView, type ViewSection, type ViewOptions } from '../../medications/view';
import type { MedicationContent, Source } from '../../medications/types';
import type { Locale } from '../../i18n/locales';

/** How much of the card to show: the hover form (summary items) or every section. */
export type CardDetail = 'compact' | 'full';

/** What the card draws: sections (boxed pregnancy first), the sources they cite, and the footer facts. */
export interface CardView {
  readonly sections: readonly ViewSection[];
  readonly sources: readonly Source[];
  /** Items only the full form shows (0 in the full form). */
  readonly moreCount: number;
  /** Language of every text in the view. */
  readonly locale: Locale;
  readonly genericName: string;
  readonly summary: string;
  readonly lastReviewed: string;
  readonly contentVersion: string;
}

/** The card's view of the content model: the full view, or the compact (hover) view. */
export function cardView(
  content: MedicationContent,
  detail: CardDetail,
  options: ViewOptions = {},
): CardView {
  const full = fullView(content, options);
  if (detail === 'full') return { ...full, moreCount: 0 };
  return compactView(content, options);
}
