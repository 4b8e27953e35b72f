// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MEDICATIONS } from './registry';
import { contentFor, MEDICATION_CONTENT } from './registry-content';

describe('medication registry', () => {
  it.each(MEDICATIONS)(
    '$id: names carry its id, the INN is its generic name, content is registered',
    (med) => {
      expect(med.names.every((n) => n.medicationId === med.id)).toBe(true);
      expect(med.names.filter((n) => n.group === 'inn').map((n) => n.text)).toEqual([med.genericName]);
      expect(contentFor(med.id)?.id).toBe(med.id);
      expect(contentFor(med.id)?.genericName.en).toBe(med.genericName);
    },
  );

  it('has content for exactly the registered medications, and none for unknown ids', () => {
    expect(Object.keys(MEDICATION_CONTENT).toSorted()).toEqual(MEDICATIONS.map((m) => m.id).toSorted());
    expect(contentFor('toString')).toBeUndefined();
    expect(contentFor('nope')).toBeUndefined();
  });

  it.each(MEDICATIONS)('$id: every brand has its details (where sold) with the content', (med) => {
    const brands = med.names.filter((n) => n.group === 'brands').map((n) => n.text);
    const facts = contentFor(med.id)?.brands ?? {};
    expect(brands.filter((b) => !facts[b])).toEqual([]);
    expect(Object.keys(facts).filter((b) => !brands.includes(b))).toEqual([]);
  });

  it('never registers one name twice', () => {
    const keys = MEDICATIONS.flatMap((m) => m.names.map((n) => n.text.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
