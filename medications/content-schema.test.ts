// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { CONTACT_KEYS, CONTACTS, COUNTRY_CONTACTS, placeholdersIn, type Contact } from './contacts';
import { MEDICATION_CONTENT } from './registry-content';
import type { Region } from './types';
import { fullView, SECTION_ORDER } from './view';

const REGIONS: readonly (Region | undefined)[] = [undefined, 'US', 'UK', 'EU', 'other'];

/** Lower-case words only, so "Do not…" and "do not …!" count as the same statement. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every contact, by region and by country, with where it lives (for messages). */
const allContacts: readonly (readonly [string, Contact])[] = [
  ...Object.entries(CONTACTS).flatMap(([region, table]) =>
    Object.entries(table).map(([key, contact]) => [`${region}.${key}`, contact] as const),
  ),
  ...Object.entries(COUNTRY_CONTACTS).flatMap(([country, table]) =>
    Object.entries(table).map(([key, contact]) => [`${country}.${key}`, contact!] as const),
  ),
];

/** Source ids a statement or contact cites, in any language. */
const citedIds = (x: {
  sources: readonly string[];
  localeSources?: Partial<Record<string, readonly string[]>>;
}) => [...x.sources, ...Object.values(x.localeSources ?? {}).flatMap((ids) => ids ?? [])];

/** Every registered medication's content, in every language, follows the same rules. */
describe.each(Object.values(MEDICATION_CONTENT))('$id content schema', (med) => {
  const items = med.sections.flatMap((s) => s.items);
  const sourceIds = new Set(med.sources.map((s) => s.id));

  describe('every section and item', () => {
    it('cites at least one source on every item, and every cited id resolves', () => {
      for (const item of items) {
        expect(item.sources.length, item.id).toBeGreaterThan(0);
        for (const id of item.sources) expect(sourceIds.has(id), `${item.id} cites ${id}`).toBe(true);
      }
    });

    it('gives every source a title, publisher, https URL and the ISO date its text was read', () => {
      for (const source of med.sources) {
        expect(source.title.trim(), source.id).not.toBe('');
        expect(source.publisher.trim(), source.id).not.toBe('');
        expect(new URL(source.url).protocol, source.id).toBe('https:');
        expect(source.readOn, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(source.readOn)), source.id).toBe(false);
        expect(source.readOn <= med.lastReviewed, source.id).toBe(true);
      }
      expect(sourceIds.size).toBe(med.sources.length);
      expect(new Set(med.sources.map((s) => s.url)).size, 'one record per URL').toBe(med.sources.length);
    });

    it('bundles no source that nothing cites (statements or the phone numbers they show)', () => {
      const cited = new Set([
        ...items.flatMap(citedIds),
        ...allContacts.flatMap(([, contact]) => citedIds(contact)),
      ]);
      expect(med.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    });

    it('resolves every source the phone numbers cite, in every language', () => {
      for (const [where, contact] of allContacts) {
        for (const id of citedIds(contact)) expect(sourceIds.has(id), `${where}: ${id}`).toBe(true);
        for (const locale of LOCALES) expect(contact.text[locale].trim(), where).not.toBe('');
      }
      for (const [region, contacts] of Object.entries(CONTACTS))
        for (const key of CONTACT_KEYS) expect(contacts[key], `${region}.${key}`).toBeDefined();
    });

    it('resolves every source an item cites for one language only', () => {
      for (const item of items) {
        for (const [locale, ids] of Object.entries(item.localeSources ?? {})) {
          expect(LOCALES, item.id).toContain(locale);
          for (const id of ids ?? [])
            expect(sourceIds.has(id), `${item.id} (${locale}) cites ${id}`).toBe(true);
        }
      }
    });

    it('has no empty section and each kind once, in the reading order', () => {
      for (const section of med.sections) {
        expect(section.items.length, section.kind).toBeGreaterThan(0);
        for (const locale of LOCALES) expect(section.title[locale].trim(), section.kind).not.toBe('');
      }
      const kinds = med.sections.map((s) => s.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(kinds).toEqual(SECTION_ORDER.filter((kind) => kinds.includes(kind)));
    });

    it('has unique item ids', () => {
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    });

    // Checked on the text as shown (phone numbers filled in), in every region and language.
    it.each(REGIONS)('repeats no statement or sentence, region %s', (region) => {
      for (const locale of LOCALES) {
        const shown = fullView(med, { region, locale }).sections.flatMap((s) => s.items);
        const sentences = shown.flatMap((i) => i.text.split(/(?<=[.?!])\s+/).map(normalize));
        const repeated = sentences.filter((s, index) => sentences.indexOf(s) !== index);
        expect(repeated).toEqual([]);
      }
    });

    it.each(REGIONS)('writes every item as complete sentences, region %s', (region) => {
      for (const locale of LOCALES) {
        for (const item of fullView(med, { region, locale }).sections.flatMap((s) => s.items)) {
          expect(item.text, item.id).toMatch(/^[¿¡]?[\p{Lu}\p{N}"(iI].*[.?]$/su);
          expect(item.text, item.id).not.toMatch(/[{}]|\s[.,]|\.\./);
        }
      }
    });

    it('uses only known contact placeholders, and writes no phone number into a statement', () => {
      const all = [
        ...items.map((i) => [i.id, i.text] as const),
        ...med.sections.flatMap((s) => [
          [s.kind, s.title] as const,
          ...(s.groups ?? []).map((g) => [`${s.kind}.${g.urgency}`, g.title] as const),
        ]),
      ];
      for (const [id, text] of all) {
        for (const locale of LOCALES) {
          for (const key of placeholdersIn(text[locale])) expect(CONTACT_KEYS, id).toContain(key);
          // Numbers come from medications/contacts.ts, so they follow the reader's region.
          expect(text[locale], id).not.toMatch(/\b(911|999|112|111|988)\b|116 123/);
        }
      }
    });

    it('gives valid regions, and an urgency only in a grouped section, matching one of its groups', () => {
      for (const item of items) {
        for (const region of item.regions ?? []) expect(['US', 'UK', 'EU', 'other']).toContain(region);
      }
      for (const section of med.sections) {
        const urgencies = (section.groups ?? []).map((g) => g.urgency);
        expect(new Set(urgencies).size, section.kind).toBe(urgencies.length);
        for (const item of section.items) {
          if (section.groups) expect(urgencies, item.id).toContain(item.urgency);
          else expect(item.urgency, item.id).toBeUndefined();
        }
      }
    });

    it('puts emergencies first in "get help now", each group non-empty, and no region rule in it', () => {
      const getHelp = med.sections.find((s) => s.kind === 'get-help');
      expect(getHelp?.groups?.map((g) => g.urgency)).toEqual(['emergency', 'call-prescriber']);
      for (const group of getHelp?.groups ?? []) {
        expect(
          getHelp!.items.some((i) => i.urgency === group.urgency),
          group.urgency,
        ).toBe(true);
      }
      // Region-less so that every reader sees every sign; the numbers follow the region by placeholder.
      expect(getHelp!.items.filter((i) => i.regions).map((i) => i.id)).toEqual([]);
    });

    it('labels region-specific rules with their region', () => {
      const regionsOf = (pattern: RegExp) =>
        items.filter((i) => pattern.test(i.text.en)).map((i) => [i.id, i.regions]);
      for (const [id, regions] of regionsOf(/iPLEDGE/)) expect(regions, String(id)).toEqual(['US']);
      for (const [id, regions] of regionsOf(/Pregnancy Prevention Programme/)) {
        expect(regions, String(id)).toEqual(['UK', 'EU']);
      }
      expect(items.find((i) => i.id === 'serious.mhra-2023')?.regions).toEqual(['UK']);
      expect(regionsOf(/iPLEDGE/).length).toBeGreaterThan(0);
    });

    it('tags no region on what applies everywhere (birth control timing, allergy, soya)', () => {
      for (const id of [
        'pregnancy.boxed',
        'pregnancy.birth-control',
        'serious.allergy',
        'serious.allergy-soya',
      ]) {
        const item = items.find((i) => i.id === id);
        if (item) expect(item.regions, id).toBeUndefined();
      }
    });

    it('carries a semver content version and an ISO last-reviewed date', () => {
      expect(med.contentVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(med.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(med.lastReviewed))).toBe(false);
    });
  });
});
