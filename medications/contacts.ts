import type { Locale, Localized } from '../i18n/locales';
import type { Region } from './types';

/**
 * Who to call, by the reader's region. Content texts name a contact by placeholder (`{emergency}`,
 * `{crisis}`, …) and the view puts in the reader's own numbers, so one statement serves every region.
 * Numbers are plain text: MedGlance never dials or fetches anything.
 */
export const CONTACT_KEYS = ['emergency', 'er', 'crisis', 'urgent', 'report'] as const;

/**
 * - `emergency`: the emergency number, as a phrase ("911", "your local emergency number").
 * - `er`: where to go in an emergency, as a phrase ("A&E").
 * - `crisis`: whole sentences: who to call about thoughts of suicide or self-harm.
 * - `urgent`: a phrase: what to do the same day when the prescriber cannot be reached.
 * - `report`: whole sentences: where to report a side effect.
 */
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** A region's contacts; `'unknown'` is used when the reader's region is not known. */
export type ContactRegion = Region | 'unknown';

export interface Contact {
  readonly text: Localized;
  /**
   * Source ids (of the medication's `sources`) for the numbers in `text`: the view adds them to the
   * statement's own sources. Empty for generic phrases such as "your local emergency number".
   */
  readonly sources: readonly string[];
  /**
   * Extra source ids for what one language's text adds (e.g. the 988 Lifeline's Spanish option, named
   * only in the Spanish text): added, for readers of that language only, to `sources`.
   */
  readonly localeSources?: Partial<Record<Locale, readonly string[]>>;
}

/** Every contact of one place, by key. */
export type ContactTable = Readonly<Record<ContactKey, Contact>>;

// Sources: 911 and "go to the emergency room" [FDA-MG]; 999, A&E and NHS 111 [NHS] and an NHS ambulance
// trust's "when to call 999" page; 112 [European Commission]; 988 [988lifeline.org], and its Spanish
// option (press 2, or text AYUDA) [988lifeline.org, "what to expect"]; 116 123 for the UK and Ireland
// [samaritans.org]; MedWatch [FDA-MG]; Yellow Card and "the agency named in the leaflet" [UK-PIL]; 911 in
// Mexico [gob.mx]. Facts sheet section 12, "When to get help now" and "Reporting a side effect".
//
// Spanish grammar of the phrases: statements say "llame al {emergency}" and "vaya a {er}", so a Spanish
// `emergency` text never starts with an article ("número de emergencias local", "112") and a Spanish `er`
// text starts with "la" or a name ("la sala de urgencias…", "urgencias (A&E)"): never "al el", "a el".
/** The contact table: every region has every key (a missing one is a compile error). */
export const CONTACTS: Readonly<Record<ContactRegion, ContactTable>> = {
  US: {
    emergency: { text: { en: '911', es: '911' }, sources: ['fda-medguide'] },
    er: {
      text: { en: 'the nearest emergency room', es: 'la sala de emergencias más cercana' },
      sources: ['fda-medguide'],
    },
    crisis: {
      text: {
        en: 'Call or text 988, the Suicide & Crisis Lifeline, or call your prescriber.',
        es: 'Llame o envíe un mensaje de texto al 988, la línea de ayuda para crisis y suicidio (988 Lifeline). Para hablar en español, oprima 2 al llamar o escriba AYUDA en el mensaje. También puede llamar al médico que se la recetó.',
      },
      sources: ['lifeline-988'],
      localeSources: { es: ['lifeline-988-es'] },
    },
    urgent: {
      text: { en: 'get medical help the same day', es: 'busque atención médica ese mismo día' },
      sources: [],
    },
    report: {
      text: {
        en: 'In the US, use FDA MedWatch: call 1-800-FDA-1088 or go to fda.gov/medwatch.',
        es: 'En Estados Unidos, use FDA MedWatch: llame al 1-800-FDA-1088 o entre en fda.gov/medwatch.',
      },
      sources: ['fda-medguide'],
    },
  },
  UK: {
    emergency: { text: { en: '999', es: '999' }, sources: ['nhs', 'nhs-999'] },
    er: {
      text: { en: 'A&E (the emergency department)', es: 'urgencias del hospital (A&E)' },
      sources: ['nhs'],
    },
    crisis: {
      text: {
        en: 'Call Samaritans free on 116 123, day or night, or call your prescriber.',
        es: 'Llame gratis a Samaritans al 116 123, de día o de noche, o llame al médico que se la recetó.',
      },
      sources: ['samaritans'],
    },
    urgent: {
      text: {
        en: 'call NHS 111, which is free, day or night',
        es: 'llame al NHS 111, que es gratuito, de día o de noche',
      },
      sources: ['nhs-999'],
    },
    report: {
      text: {
        en: 'In the UK, use the MHRA Yellow Card scheme at yellowcard.mhra.gov.uk.',
        es: 'En el Reino Unido, use el sistema Yellow Card de la MHRA en yellowcard.mhra.gov.uk.',
      },
      sources: ['uk-pil'],
    },
  },
  EU: {
    emergency: { text: { en: '112', es: '112' }, sources: ['eu-112'] },
    er: {
      text: { en: 'the nearest emergency department', es: 'la sala de urgencias más cercana' },
      sources: [],
    },
    crisis: {
      text: {
        en: 'Call your prescriber. In Ireland, you can also call Samaritans free on 116 123.',
        es: 'Llame al médico que se la recetó. En Irlanda, también puede llamar gratis a Samaritans al 116 123.',
      },
      sources: ['samaritans'],
    },
    urgent: {
      text: { en: 'get medical help the same day', es: 'busque atención médica ese mismo día' },
      sources: [],
    },
    report: {
      text: {
        en: 'In the EU, report it to the national medicines agency named in your leaflet.',
        es: 'En la UE, comuníquelo a la agencia nacional de medicamentos que indica su prospecto.',
      },
      sources: ['uk-pil'],
    },
  },
  other: {
    emergency: {
      text: { en: 'your local emergency number', es: 'número de emergencias local' },
      sources: [],
    },
    er: {
      text: { en: 'the nearest emergency department', es: 'la sala de urgencias más cercana' },
      sources: [],
    },
    crisis: {
      text: {
        en: 'Call your prescriber or a local crisis line.',
        es: 'Llame al médico que se la recetó o a una línea local de ayuda en crisis.',
      },
      sources: [],
    },
    urgent: {
      text: { en: 'get medical help the same day', es: 'busque atención médica ese mismo día' },
      sources: [],
    },
    report: {
      text: {
        en: 'Report it to the medicines agency named in your leaflet.',
        es: 'Comuníquelo a la agencia de medicamentos que indica su prospecto.',
      },
      sources: ['uk-pil'],
    },
  },
  // Region unknown (no country in the browser's languages): every region's numbers, because a wrong
  // guess would hand a reader in crisis a number that does not work where they are. The Spanish text also
  // names Mexico's 911 (a Spanish-speaking reader with no country may well be there) and the 988
  // Lifeline's Spanish option: both cited for Spanish readers only (localeSources).
  unknown: {
    emergency: {
      text: {
        en: 'your emergency number (911 in the US, 999 in the UK, 112 in the EU)',
        es: 'número de emergencias (911 en Estados Unidos y México, 999 en el Reino Unido, 112 en la UE)',
      },
      sources: ['fda-medguide', 'nhs', 'eu-112'],
      localeSources: { es: ['mx-911'] },
    },
    er: {
      text: {
        en: 'the nearest emergency department (A&E in the UK)',
        es: 'la sala de urgencias más cercana (A&E en el Reino Unido)',
      },
      sources: ['nhs'],
    },
    crisis: {
      text: {
        en: 'Call your prescriber or a crisis line. In the US, call or text 988. In the UK and Ireland, call Samaritans on 116 123.',
        es: 'Llame al médico que se la recetó o a una línea de ayuda en crisis. En Estados Unidos, llame o envíe un mensaje de texto al 988 (para español, oprima 2 o escriba AYUDA). En el Reino Unido e Irlanda, llame a Samaritans al 116 123.',
      },
      sources: ['lifeline-988', 'samaritans'],
      localeSources: { es: ['lifeline-988-es'] },
    },
    urgent: {
      text: {
        en: 'get medical help the same day (in the UK, call NHS 111)',
        es: 'busque atención médica ese mismo día (en el Reino Unido, llame al NHS 111)',
      },
      sources: ['nhs-999'],
    },
    report: {
      text: {
        en: 'In the US, use FDA MedWatch (1-800-FDA-1088). In the UK, use the Yellow Card scheme (yellowcard.mhra.gov.uk). Elsewhere, use the agency named in your leaflet.',
        es: 'En Estados Unidos, use FDA MedWatch (1-800-FDA-1088). En el Reino Unido, use el sistema Yellow Card (yellowcard.mhra.gov.uk). En otros países, use la agencia que indica su prospecto.',
      },
      sources: ['fda-medguide', 'uk-pil'],
    },
  },
};

/**
 * Per-country contacts that differ from their region's table, by ISO 3166-1 alpha-2 code (upper case, as
 * `Intl.Locale('es-MX').region` gives it). Only the keys listed here replace the region's; the rest
 * still come from `CONTACTS[region]`. Mexico is in region "other" (its pregnancy-prevention rules are
 * not the US's, UK's or EU's), but its emergency number is 911, not "your local emergency number".
 * Add a country only with a source for its number.
 */
export const COUNTRY_CONTACTS: Readonly<Record<string, Partial<ContactTable>>> = {
  // 911 is Mexico's single national emergency number [gob.mx, Policía Federal].
  MX: { emergency: { text: { en: '911', es: '911' }, sources: ['mx-911'] } },
};

/** ISO 3166-1 alpha-2 codes that have their own contacts in `COUNTRY_CONTACTS`. */
export const CONTACT_COUNTRIES: readonly string[] = Object.keys(COUNTRY_CONTACTS);

/**
 * The contacts for a reader: the country's own (`COUNTRY_CONTACTS`, when `country` is given and listed),
 * then the region's table (every region's numbers when `region` is undefined). `country` is an ISO
 * 3166-1 alpha-2 code in any case ("MX", "mx"); an unlisted or absent country changes nothing.
 */
export function contactsFor(region: Region | undefined, country?: string): ContactTable {
  const table = CONTACTS[region ?? 'unknown'];
  const code = country?.toUpperCase();
  const own =
    code !== undefined && Object.hasOwn(COUNTRY_CONTACTS, code) ? COUNTRY_CONTACTS[code] : undefined;
  return own ? { ...table, ...own } : table;
}

const PLACEHOLDER = /\{([a-z]+)\}/g;

function isContactKey(key: string): key is ContactKey {
  return (CONTACT_KEYS as readonly string[]).includes(key);
}

/** Placeholder names used in a text, in order (unknown names included, for tests to catch). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** A text with its contact placeholders filled in for a region, plus the sources of what was filled in. */
export interface ResolvedText {
  readonly text: string;
  readonly sources: readonly string[];
}

/**
 * Fills `{emergency}`, `{crisis}`, … with the reader's contacts (`contactsFor(region, country)`: the
 * country's own first, then the region's, every region's when `region` is undefined), in `locale`.
 * Throws on an unknown placeholder: a misspelt one must never reach a reader as "{emergncy}".
 */
export function resolveContacts(
  text: string,
  region: Region | undefined,
  locale: Locale,
  country?: string,
): ResolvedText {
  const contacts = contactsFor(region, country);
  const sources: string[] = [];
  const resolved = text.replaceAll(PLACEHOLDER, (_match, key: string) => {
    if (!isContactKey(key)) throw new Error(`unknown contact placeholder {${key}} in: ${text}`);
    const contact = contacts[key];
    sources.push(...contact.sources, ...(contact.localeSources?.[locale] ?? []));
    return contact.text[locale];
  });
  return { text: resolved, sources: [...new Set(sources)] };
}
