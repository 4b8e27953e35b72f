// Why not @wxt-dev/i18n or browser.i18n.getMessage for the UI: both always answer in the browser's own
// UI language (the browser's setting, not ours), while the reader picks the card's language in Options
// and expects it to change without a reload (issue 14). The manifest's own texts (name, description, commands) do use
// browser.i18n, through public/_locales/. The catalogues are typed, so a missing key does not compile.
import { en } from './messages/en';
import { es } from './messages/es';
import type { Locale } from './locales';

/** Plural forms of one message (Intl.PluralRules categories; `other` is required). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A catalogue: one text (or set of plural forms) per message key, for one language. */
export type Catalogue = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

export type MessageKey = keyof typeof en;

/** Parameters of a message: `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message to show, as data: what validators return so each page can say it in its reader's language. */
export interface Problem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, es };

/** Translates message keys for one language. */
export interface Translator {
  readonly locale: Locale;
  (key: MessageKey, params?: MessageParams): string;
}

const fill = (text: string, params: MessageParams | undefined): string =>
  params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    : text;

/** The translator for `locale`; numbers in `{count}` pick the plural form with Intl.PluralRules. */
export function translator(locale: Locale): Translator {
  const catalogue = CATALOGUES[locale];
  const plural = new Intl.PluralRules(locale);
  const t = (key: MessageKey, params?: MessageParams): string => {
    const entry = catalogue[key];
    if (typeof entry === 'string') return fill(entry, params);
    const count = Number(params?.count ?? 0);
    return fill(entry[plural.select(count)] ?? entry.other, params);
  };
  return Object.assign(t, { locale });
}

/** A problem in the given language. */
export const describe = (t: Translator, problem: Problem): string => t(problem.key, problem.params);
