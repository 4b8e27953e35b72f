/**
 * Languages MedGlance can show its card, popup and options in. Adding one is a data change: add it here,
 * and the compiler lists every content text and UI message that still lacks it (ARCHITECTURE.md).
 */
export const LOCALES = ['en'] as const;

export type Locale = (typeof LOCALES)[number];

/** Shown when nothing better is known, and the language every text is written in first. */
export const DEFAULT_LOCALE: Locale = 'en';

/** One text in every supported language: a missing translation is a compile error, not a blank. */
export type Localized = Readonly<Record<Locale, string>>;
