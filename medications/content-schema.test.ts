// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { MEDICATION_CONTENT } from './registry-content';
import { SECTION_ORDER } from './view';

/** Lower-case words only, so "Do not…" and "do not …!" count as the same statement. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every registered medication's content, in every language, follows the same rules. */
describe.each(Object.values(MEDICATION_CONTENT))('$id content schema', (med) => {
  const items = med.sections.flatMap((s) => s.items);
  const sourceIds = new Set(med.sources.map((s) => s.id));
  const texts = (item: (typeof items)[number]) => LOCALES.map((locale) => item.text[locale]);

  describe('every section and item', () => {
    it('cites at least one source on every item, and every cited id resolves', () => {
      for (const item of items) {
        expect(item.sources.length, item.id).toBeGreaterThan(0);
        for (const id of item.sources) expect(sourceIds.has(id), `${item.id} cites ${id}`).toBe(true);
      }
    });

    it('gives every source a title, publisher, https URL and ISO check date', () => {
      for (const source of med.sources) {
        expect(source.title.trim(), source.id).not.toBe('');
        expect(source.publisher.trim(), source.id).not.toBe('');
        expect(new URL(source.url).protocol, source.id).toBe('https:');
        expect(source.checked, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.checked <= med.lastReviewed, source.id).toBe(true);
      }
      expect(sourceIds.size).toBe(med.sources.length);
    });

    it('bundles no source that nothing cites', () => {
      const cited = new Set(items.flatMap((i) => i.sources));
      expect(med.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
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

    it('has unique item ids and no duplicate statement or sentence', () => {
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      const sentences = items.flatMap((i) =>
        texts(i).flatMap((t) => t.split(/(?<=[.?!])\s+/).map(normalize)),
      );
      const repeated = sentences.filter((s, index) => sentences.indexOf(s) !== index);
      expect(repeated).toEqual([]);
    });

    it('writes every item as complete sentences with valid regions', () => {
      for (const item of items) {
        for (const text of texts(item)) expect(text, item.id).toMatch(/^\S.*[.?]$/s);
        for (const region of item.regions ?? []) expect(['US', 'UK', 'EU', 'other']).toContain(region);
      }
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

    it('carries a semver content version and an ISO last-reviewed date', () => {
      expect(med.contentVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(med.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(med.lastReviewed))).toBe(false);
    });
  });
});
