// @vitest-environment node
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { MEDICATION_CONTENT } from './registry-content';
import type { Region } from './types';
import { dosingHits } from './dosing';
import { compactView, fullView } from './view';

const REGIONS: readonly (Region | undefined)[] = [undefined, 'US', 'UK', 'EU', 'other'];

const MAX_GRADE = 8;
const MAX_SENTENCE_WORDS = 25;

/**
 * Flesch–Kincaid grade from `text-readability` (a JS port of Python's textstat). Every word is scored as
 * written: the content passes without a glossary of exempt medical words, so none is kept.
 */
function grade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/);
}

/**
 * English texts of every registered medication (Spanish has its own formula: see content-language-es.test.ts),
 * as the reader sees them: phone numbers filled in for each region (the unknown region shows them all,
 * which makes the longest sentences).
 */
describe.each(Object.values(MEDICATION_CONTENT))('$id in English', (med) => {
  describe.each(REGIONS)('region %s', (region) => {
    const view = fullView(med, { region, locale: 'en' });
    const items = view.sections.flatMap((s) => s.items);
    const headings = view.sections.flatMap((s) => [s.title, ...(s.groups ?? []).map((g) => g.title)]);
    const body = [view.summary, ...items.map((i) => i.text)].join(' ');

    it(`keeps the whole body text at reading grade ${MAX_GRADE} or lower`, () => {
      expect(grade(body)).toBeLessThanOrEqual(MAX_GRADE);
    });

    it.each(view.sections.map((s) => [s.kind, s] as const))(
      `keeps section %s at grade ${MAX_GRADE} or lower`,
      (_kind, section) => {
        expect(grade(section.items.map((i) => i.text).join(' '))).toBeLessThanOrEqual(MAX_GRADE);
      },
    );

    it(`keeps the hover card at grade ${MAX_GRADE} or lower`, () => {
      const compact = compactView(med, { region, locale: 'en' });
      expect(grade(compact.items.map((i) => i.text).join(' '))).toBeLessThanOrEqual(MAX_GRADE);
    });

    it(`keeps every sentence and heading to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
      const long = [
        ...items.map((i) => [i.id, i.text] as const),
        ...headings.map((h) => ['heading', h] as const),
      ].flatMap(([id, text]) =>
        sentences(text)
          .filter((s) => readability.lexiconCount(s) > MAX_SENTENCE_WORDS)
          .map((s) => `${id}: ${s}`),
      );
      expect(long).toEqual([]);
    });

    it('gives no dose, mg/kg figure or schedule in any item, heading or the summary', () => {
      const hits = [view.summary, ...headings, ...items.map((i) => i.text)].filter(
        (t) => dosingHits(t).length > 0,
      );
      expect(hits).toEqual([]);
    });
  });

  describe('plain language', () => {
    it('scores dense label-style text above the limit (the measure can fail)', () => {
      const label =
        'Isotretinoin is contraindicated in pregnancy because of teratogenicity, and concomitant administration ' +
        'with tetracyclines is contraindicated owing to the potential for benign intracranial hypertension.';
      expect(grade(label)).toBeGreaterThan(MAX_GRADE);
    });
  });

  describe('no dosing advice', () => {
    it.each([
      'Take 0.5 mg/kg each day.',
      'The usual dose is 40 mg.',
      'Take it twice a day with food.',
      'A course lasts 16 weeks.',
      'Treatment is usually for 16 to 24 weeks.',
      'Aim for a cumulative total of 120 to 150.',
    ])('flags dosing text such as "%s"', (text) => {
      expect(dosingHits(text).length).toBeGreaterThan(0);
    });
  });
});
