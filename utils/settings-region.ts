import { countryOf } from '../i18n/locales';
import type { Region } from '../medications/types';
import type { RegionSetting } from './settings-schema';

// EU and EEA member states, whose isotretinoin Pregnancy Prevention Programme is the EMA's.
const EU = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

/**
 * The region whose pregnancy-programme rules to show. "auto" reads the country from the browser's
 * preferred languages (e.g. en-GB → UK); undefined means unknown, so the card shows every region's rules.
 */
export function resolveRegion(
  setting: RegionSetting,
  languages: readonly string[] = navigator.languages,
): Region | undefined {
  if (setting !== 'auto') return setting;
  const tag = languages.find((t) => regionOf(t) !== undefined);
  const country = tag === undefined ? undefined : regionOf(tag)!;
  if (country === undefined) return undefined;
  if (country === 'US') return 'US';
  if (country === 'GB') return 'UK';
  if (EU.has(country)) return 'EU';
  return 'other';
}

/**
 * The reader's country for phone numbers (e.g. "MX": 911 although Mexico is region "other"): from the
 * browser's languages with the region on "auto", none when the reader chose a region by hand.
 */
export const resolveCountry = (
  setting: RegionSetting,
  languages: readonly string[] = navigator.languages,
): string | undefined => (setting === 'auto' ? countryOf(languages) : undefined);

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}
