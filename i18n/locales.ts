/**
 * Languages MedGlance can show its card, popup and options in. Adding one is a data change: add it here,
 * and the compiler lists every content text and UI message that still lacks it (ARCHITECTURE.md).
 */
export const LOCALES = ['en', 'es'] as const;

export type Locale = (typeof LOCALES)[number];

/** Shown when nothing better is known, and the language every text is written in first. */
export const DEFAULT_LOCALE: Locale = 'en';

/** One text in every supported language: a missing translation is a compile error, not a blank. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * The language to show: the setting when it names one, else the first of the browser's languages we
 * have (any regional form: "es-MX" → "es"), else English.
 */
export function resolveLocale(
  setting: Locale | 'auto' = 'auto',
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}

/**
 * The reader's country for `ViewOptions.country`: the region subtag of the first of the browser's
 * languages that names one ("es-MX" → "MX"), upper case; undefined when none does, or when that tag
 * names an area rather than a country ("es-419", Latin America). The same tag as the
 * one `resolveRegion` (utils/settings-region.ts) reads the region from, so country and region agree. A UI
 * passes it only while the region setting is "auto": a region chosen by hand says nothing of the country.
 */
export function countryOf(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    let country: string | undefined;
    try {
      country = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    // A UN M49 area such as "419" (Latin America) is a region but no country.
    if (country) return /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined;
  }
  return undefined;
}
