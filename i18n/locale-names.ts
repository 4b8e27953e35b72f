import type { Locale } from './locales';

/** Each language's name in that language (what a reader looks for in a language menu). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };
