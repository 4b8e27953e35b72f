import { createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { resolveLocale, type Locale } from '../../i18n/locales';
import { translator, type MessageKey, type Translator } from '../../i18n/translate';

/** The reader's translator; pages and the card provide it at their root. */
export const TranslatorContext = createContext<Translator>(translator(resolveLocale()));

/** Strings in the reader's language: `t('popup.options')`, `t('popup.mentions.count', { count })`. */
export const useT = (): Translator => useContext(TranslatorContext);

/**
 * The translator for the language setting ("auto" follows the browser), for a page's root to provide;
 * a new setting gives a new translator, so every open page switches language live.
 */
export function useLanguage(setting: Locale | 'auto' | undefined): Translator {
  const locale = resolveLocale(setting ?? 'auto');
  return useMemo(() => translator(locale), [locale]);
}

/**
 * Keeps `<html lang>` equal to the language the page is shown in (screen readers, hyphenation), and the
 * document's title (the tab's name; index.html's is only English) in that language when `title` is given.
 */
export function useDocumentLang(t: Translator, title?: MessageKey): void {
  useEffect(() => {
    document.documentElement.lang = t.locale;
    if (title) document.title = t(title);
  }, [t, title]);
}
