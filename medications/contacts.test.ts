// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTACT_COUNTRIES, CONTACTS, COUNTRY_CONTACTS, contactsFor, resolveContacts } from './contacts';

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
