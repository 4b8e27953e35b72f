// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ISOTRETINOIN_CONTENT as med } from './isotretinoin-content';
import { SECTION_ORDER } from './summary';

const items = med.sections.flatMap((s) => s.items);
const sourceIds = new Set(med.sources.map((s) => s.id));

/** Lower-case words only, so "Do not…" and "do not …!" count as the same statement. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('isotretinoin content schema', () => {
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
      expect(section.title.trim(), section.kind).not.toBe('');
    }
    expect(med.sections.map((s) => s.kind)).toEqual(SECTION_ORDER);
  });

  it('has unique item ids and no duplicate statement or sentence', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const sentences = items.flatMap((i) => i.text.split(/(?<=[.?!])\s+/).map(normalize));
    const repeated = sentences.filter((s, index) => sentences.indexOf(s) !== index);
    expect(repeated).toEqual([]);
  });

  it('writes every item as complete sentences with valid regions', () => {
    for (const item of items) {
      expect(item.text, item.id).toMatch(/^\S.*[.?]$/s);
      for (const region of item.regions ?? []) expect(['US', 'UK', 'EU', 'other']).toContain(region);
    }
  });

  it('labels region-specific rules with their region', () => {
    const regionsOf = (pattern: RegExp) =>
      items.filter((i) => pattern.test(i.text)).map((i) => [i.id, i.regions]);
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
