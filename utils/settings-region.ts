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
  for (const tag of languages) {
    let country: string | undefined;
    try {
      country = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (!country) continue;
    if (country === 'US') return 'US';
    if (country === 'GB') return 'UK';
    if (EU.has(country)) return 'EU';
    return 'other';
  }
  return undefined;
}
