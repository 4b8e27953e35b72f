// @vitest-environment node
import { countryOf } from '../i18n/locales';
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../i18n/locales';
import { CONTACT_COUNTRIES, CONTACTS, COUNTRY_CONTACTS, contactsFor, resolveContacts } from './contacts';
import { ISOTRETINOIN_CONTENT as med } from './isotretinoin/content';
import { fullView } from './view';

describe('contacts by region and country', () => {
  it("uses the region's table when no country is given (the behaviour before countries existed)", () => {
    for (const region of ['US', 'UK', 'EU', 'other'] as const)
      expect(contactsFor(region)).toBe(CONTACTS[region]);
    expect(contactsFor(undefined)).toBe(CONTACTS.unknown);
  });

  it("puts a listed country's own numbers before its region's, and keeps the region's other contacts", () => {
    const mexico = contactsFor('other', 'MX');
    expect(mexico.emergency.text.en).toBe('911');
    expect(mexico.emergency.sources).toEqual(['mx-911']);
    expect(mexico.crisis).toBe(CONTACTS.other.crisis);
    expect(mexico.report).toBe(CONTACTS.other.report);
    expect(contactsFor('other', 'mx').emergency.text.en).toBe('911');
  });

  it('changes nothing for a country without its own contacts', () => {
    expect(contactsFor('EU', 'ES')).toBe(CONTACTS.EU);
    expect(contactsFor('other', 'AR')).toBe(CONTACTS.other);
    // Not an own property: a prototype key must never be taken for a country.
    expect(contactsFor('other', 'constructor')).toBe(CONTACTS.other);
  });

  it('lists the countries that have their own contacts, each with a source for every number', () => {
    expect(CONTACT_COUNTRIES).toEqual(Object.keys(COUNTRY_CONTACTS));
    expect(CONTACT_COUNTRIES).toContain('MX');
    for (const code of CONTACT_COUNTRIES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      for (const contact of Object.values(COUNTRY_CONTACTS[code]!))
        expect(contact.sources.length).toBeGreaterThan(0);
    }
  });

  it('fills placeholders with the country first, citing the sources of what it filled in', () => {
    expect(resolveContacts('Call {emergency} now.', 'other', 'en', 'MX')).toEqual({
      text: 'Call 911 now.',
      sources: ['mx-911'],
    });
    expect(resolveContacts('Call {emergency} now.', 'other', 'en')).toEqual({
      text: 'Call your local emergency number now.',
      sources: [],
    });
    expect(() => resolveContacts('Call {emergncy}.', 'US', 'en', 'MX')).toThrow(
      /unknown contact placeholder/,
    );
  });
});

/** The Spanish card's get-help block for a reader: its text and the sources its statements cite. */
const getHelp = (options: Parameters<typeof fullView>[1]) => {
  const view = fullView(med, { ...options, locale: 'es' });
  const block = view.sections.filter((s) => s.kind === 'get-help');
  return {
    text: block
      .flatMap((s) => [s.title, ...(s.groups ?? []).map((g) => g.title), ...s.items.map((i) => i.text)])
      .join('\n'),
    sources: new Set(block.flatMap((s) => s.items.flatMap((i) => i.sources))),
  };
};

describe('the reader from the browser languages', () => {
  it('takes the country from the first language that names one, as the region is taken', () => {
    expect(countryOf(['es-MX', 'en-US'])).toBe('MX');
    expect(countryOf(['es', 'es-ES'])).toBe('ES');
    expect(countryOf(['es', 'en'])).toBeUndefined();
    expect(countryOf(['not a tag', 'es-mx'])).toBe('MX');
    // Latin America as a whole: no country, as resolveRegion gives it region "other".
    expect(countryOf(['es-419', 'es-MX'])).toBeUndefined();
    expect(countryOf([])).toBeUndefined();
  });

  it('gives every Spanish browser language the Spanish card', () => {
    for (const tag of ['es', 'es-MX', 'es-ES', 'es-419', 'es-US', 'ES-ar'])
      expect(resolveLocale('auto', [tag]), tag).toBe('es');
    expect(resolveLocale('auto', ['fr-FR', 'es-CO'])).toBe('es');
    expect(resolveLocale('auto', ['en-GB', 'es-MX'])).toBe('en');
  });
});

describe('phone numbers on the Spanish card', () => {
  it('gives a reader in Mexico (es, region other, country MX) 911, with its source', () => {
    const mexico = getHelp({ region: 'other', country: 'MX' });
    expect(mexico.text).toContain('En estas emergencias, llame ahora al 911');
    expect(mexico.text).not.toContain('número de emergencias local');
    for (const number of ['999', '112', '988', '116 123']) expect(mexico.text).not.toContain(number);
    expect(mexico.sources.has('mx-911')).toBe(true);
  });

  it('gives a reader in Spain (es-ES: region EU, country ES) 112 and no other emergency number', () => {
    const spain = getHelp({ region: 'EU', country: 'ES' });
    expect(spain.text).toContain('llame ahora al 112');
    for (const number of ['911', '999', '988']) expect(spain.text).not.toContain(number);
    expect(spain).toEqual(getHelp({ region: 'EU' }));
  });

  it('gives a Spanish reader in the US 911 and 988, with the Lifeline’s own Spanish option and its source', () => {
    const us = getHelp({ region: 'US' });
    expect(us.text).toContain('llame ahora al 911');
    expect(us.text).toMatch(/988.*oprima 2.*AYUDA/s);
    expect(us.sources.has('lifeline-988')).toBe(true);
    expect(us.sources.has('lifeline-988-es')).toBe(true);
    // The English card does not name the Spanish option, so it does not cite it.
    const english = fullView(med, { region: 'US' }).sections.flatMap((s) =>
      s.items.flatMap((i) => i.sources),
    );
    expect(english).not.toContain('lifeline-988-es');
  });

  it('tells a Spanish reader elsewhere to call the local emergency number, and names no number', () => {
    const other = getHelp({ region: 'other' });
    expect(other.text).toContain('llame ahora al número de emergencias local');
    for (const number of ['911', '999', '112', '988', '116 123']) expect(other.text).not.toContain(number);
  });

  it('gives a Spanish reader whose country is unknown every number, Mexico’s 911 included', () => {
    const unknown = getHelp({});
    for (const number of ['911', '999', '112', '111', '988', '116 123'])
      expect(unknown.text).toContain(number);
    expect(unknown.text).toContain('911 en Estados Unidos y México');
    expect(unknown.sources.has('mx-911')).toBe(true);
  });

  it('resolves a country in any case, and keeps the Spanish of the region for what the country does not set', () => {
    expect(resolveContacts('Llame al {emergency}. {crisis}', 'other', 'es', 'mx').text).toBe(
      'Llame al 911. Llame al médico que se la recetó o a una línea local de ayuda en crisis.',
    );
  });
});
