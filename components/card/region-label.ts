import type { Translator } from '../../i18n/translate';
import type { Region } from '../../medications/types';

/** Short label for the regions a rule applies to, e.g. "US only" or "UK and EU"; '' when it applies everywhere. */
export function regionLabel(t: Translator, regions: readonly Region[] | undefined): string {
  if (!regions || regions.length === 0) return '';
  const names = regions.map((r) => t(`card.region.${r}`));
  if (names.length === 1) return t('card.region.only', { region: names[0]! });
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(names);
}
