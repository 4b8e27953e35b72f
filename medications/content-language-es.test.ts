// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dosingHits } from './dosing';
import { MEDICATION_CONTENT } from './registry-content';
import { fernandezHuerta, sentences, words } from './spanish-readability';
import type { Region, SectionKind } from './types';
import { compactView, fullView } from './view';

/**
 * Spanish readers as the card can see them: every region, unknown, and Mexico (region "other" with its
 * own emergency number), whose phone numbers make some sentences longer.
 */
const READERS: readonly { region?: Region; country?: string }[] = [
  {},
  { region: 'US' },
  { region: 'UK' },
  { region: 'EU' },
  { region: 'EU', country: 'ES' },
  { region: 'other' },
  { region: 'other', country: 'MX' },
];
const label = (r: { region?: Region; country?: string }) =>
  `${r.region ?? 'unknown'}${r.country ? `/${r.country}` : ''}`;

/** "Bastante fácil" on the INFLESZ scale. */
const MIN_EASE = 65;
/**
 * Sections allowed a lower floor (never under 55), each with the reason. None is needed at present: every
 * section reaches 65 in both forms of the formula. Add one only when meaning would otherwise be lost.
 */
const EASE_FLOOR: Partial<Record<SectionKind, number>> = {};
/** Spanish runs about 15% longer than English (English limit 25). */
const MAX_SENTENCE_WORDS = 30;

describe.each(Object.values(MEDICATION_CONTENT))('$id in Spanish', (med) => {
  describe.each(READERS.map((r) => [label(r), r] as const))('reader %s', (_label, reader) => {
    const view = fullView(med, { ...reader, locale: 'es' });
    const items = view.sections.flatMap((s) => s.items);
    const headings = view.sections.flatMap((s) => [s.title, ...(s.groups ?? []).map((g) => g.title)]);

    it.each(view.sections.map((s) => [s.kind, s] as const))(
      `keeps section %s at Fernández-Huerta ${MIN_EASE} or higher (both forms of the formula)`,
      (kind, section) => {
        const floor = EASE_FLOOR[kind] ?? MIN_EASE;
        const ease = fernandezHuerta(section.items.map((i) => i.text).join(' '));
        expect(ease.printed, 'printed form').toBeGreaterThanOrEqual(floor);
        expect(ease.flesch, "Flesch's form").toBeGreaterThanOrEqual(floor);
      },
    );

    it(`keeps the hover card at ${MIN_EASE} or higher`, () => {
      const compact = compactView(med, { ...reader, locale: 'es' });
      const ease = fernandezHuerta(compact.items.map((i) => i.text).join(' '));
      expect(Math.min(ease.printed, ease.flesch)).toBeGreaterThanOrEqual(MIN_EASE);
    });

    it(`keeps every sentence and heading to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
      const long = [
        ['summary', view.summary] as const,
        ...items.map((i) => [i.id, i.text] as const),
        ...headings.map((h) => ['heading', h] as const),
      ].flatMap(([id, text]) =>
        sentences(text)
          .filter((s) => words(s).length > MAX_SENTENCE_WORDS)
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

    it('fills in phone numbers with correct Spanish grammar ("al 112", "a la sala", never "al el")', () => {
      for (const text of [...headings, ...items.map((i) => i.text)]) {
        expect(text).not.toMatch(/\b(al|del|a|de) (el|la|los|las) (el|la|los|las)\b/i);
        expect(text).not.toMatch(/\b(a|de) el\b/i);
        expect(text).not.toMatch(/[{}]/);
      }
    });

    it('writes Spanish: the English text of no statement is shown', () => {
      const english = new Set(med.sections.flatMap((s) => s.items.map((i) => i.text.en)));
      expect(items.filter((i) => english.has(i.text)).map((i) => i.id)).toEqual([]);
      expect(view.genericName).toBe('isotretinoína');
    });
  });

  describe('no dosing advice', () => {
    it.each([
      'Tome 0,5 mg/kg al día.',
      'La dosis habitual es de 40 miligramos.',
      'Tómela dos veces al día con comida.',
      'Tome una cápsula cada 12 horas.',
      'El tratamiento dura 16 semanas.',
      'Suele tomarse durante 16 a 24 semanas.',
      'La cantidad acumulada debe ser de 120 a 150.',
    ])('flags dosing text such as "%s"', (text) => {
      expect(dosingHits(text).length).toBeGreaterThan(0);
    });

    it.each([
      'Busque atención médica ese mismo día.',
      'Llame de día o de noche.',
      'Necesita una prueba cada mes.',
    ])('does not flag "%s"', (text) => {
      expect(dosingHits(text)).toEqual([]);
    });
  });

  describe('plain language', () => {
    it('scores dense label-style Spanish below the limit (the measure can fail)', () => {
      const labelText =
        'La isotretinoína está contraindicada en mujeres en edad fértil a menos que se cumplan todas las ' +
        'condiciones del programa de prevención, debido a su elevada teratogenicidad y a la posibilidad de ' +
        'malformaciones congénitas potencialmente mortales tras una exposición incluso breve.';
      expect(fernandezHuerta(labelText).flesch).toBeLessThan(MIN_EASE);
    });
  });
});
