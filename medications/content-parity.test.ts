// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../i18n/locales';
import { CONTACTS, COUNTRY_CONTACTS, placeholdersIn, type Contact } from './contacts';
import { MEDICATION_CONTENT } from './registry-content';
import type { Region } from './types';
import { compactView, fullView, type ViewItem } from './view';

/** Every translation against the English it was made from. */
const TRANSLATIONS = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/** Digit runs, with a decimal part and a percent sign when written ("1 in 5", "1 de cada 5" → 1, 5). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?%?/g)].map((m) => m[0].replace(',', '.')).toSorted();
}

/** Unit words of durations, by language, to one key each. */
const UNITS: Readonly<Record<Locale, readonly (readonly [RegExp, string])[]>> = {
  en: [
    [/^days?$/i, 'day'],
    [/^weeks?$/i, 'week'],
    [/^months?$/i, 'month'],
    [/^years?$/i, 'year'],
    [/^hours?$/i, 'hour'],
  ],
  es: [
    [/^días?$/i, 'day'],
    [/^semanas?$/i, 'week'],
    [/^mes(es)?$/i, 'month'],
    [/^años?$/i, 'year'],
    [/^horas?$/i, 'hour'],
  ],
};

/** Durations ("1 month", "7-day", "30 días" → "1 month", "7 day", "30 day"), sorted. */
export function durationsIn(text: string, locale: Locale): string[] {
  return [...text.matchAll(/(\d+)[\s-]+(\p{L}+)/gu)]
    .flatMap(([, n, word]) => {
      const unit = UNITS[locale].find(([pattern]) => pattern.test(word!));
      return unit ? [`${n} ${unit[1]}`] : [];
    })
    .toSorted();
}

const sorted = (xs: readonly string[]) => xs.toSorted();
const READERS: readonly { region?: Region; country?: string }[] = [
  {},
  { region: 'US' },
  { region: 'UK' },
  { region: 'EU' },
  { region: 'other' },
  { region: 'other', country: 'MX' },
];

/** What must not change between languages: which statement, and how it is tagged. */
const shape = (i: ViewItem) => ({
  id: i.id,
  regions: i.regions,
  severity: i.severity,
  urgency: i.urgency,
  inSummary: i.inSummary,
  facts: i.facts,
});

describe('number and duration extraction', () => {
  it('finds the same numbers in "1 in 5" and "1 de cada 5", and durations in both languages', () => {
    expect(numbersIn('Up to about 1 in 5 babies')).toEqual(numbersIn('Hasta cerca de 1 de cada 5 bebés'));
    expect(numbersIn('25% and 3,5')).toEqual(['25%', '3.5']);
    expect(durationsIn('from 1 month before, within 7 days, the 7-day window', 'en')).toEqual([
      '1 month',
      '7 day',
      '7 day',
    ]);
    expect(durationsIn('desde 1 mes antes, en 7 días, 30 días, 5 semanas, 12 años', 'es')).toEqual([
      '1 month',
      '12 year',
      '30 day',
      '5 week',
      '7 day',
    ]);
  });
});

describe.each(Object.values(MEDICATION_CONTENT))('$id translations', (med) => {
  const items = med.sections.flatMap((s) => s.items);

  describe.each(TRANSLATIONS)('%s against English', (locale) => {
    it('has a text in every language for every item, section title, group title, summary and brand', () => {
      for (const item of items) expect(item.text[locale].trim(), item.id).not.toBe('');
      for (const section of med.sections) {
        expect(section.title[locale].trim(), section.kind).not.toBe('');
        for (const group of section.groups ?? [])
          expect(group.title[locale].trim(), group.urgency).not.toBe('');
      }
      expect(med.summary[locale].trim()).not.toBe('');
      expect(med.genericName[locale].trim()).not.toBe('');
      for (const [brand, facts] of Object.entries(med.brands ?? {}))
        expect(facts.soldIn[locale].trim(), brand).not.toBe('');
    });

    it('keeps the same numbers (digits, percentages) in every item, title and the summary', () => {
      const texts = [
        ...items.map((i) => [i.id, i.text] as const),
        ...med.sections.flatMap((s) => [
          [s.kind, s.title] as const,
          ...(s.groups ?? []).map((g) => [`${s.kind}.${g.urgency}`, g.title] as const),
        ]),
        ['summary', med.summary] as const,
        ...Object.entries(med.brands ?? {}).map(([brand, facts]) => [brand, facts.soldIn] as const),
      ];
      const differ = texts
        .filter(([, text]) => numbersIn(text.en).join() !== numbersIn(text[locale]).join())
        .map(([id, text]) => `${id}: ${numbersIn(text.en).join(' ')} ≠ ${numbersIn(text[locale]).join(' ')}`);
      expect(differ).toEqual([]);
    });

    it('keeps every duration of the English (1 month, 30 days, 5 weeks…) with the same unit', () => {
      for (const item of items) {
        const translated = durationsIn(item.text[locale], locale);
        for (const duration of durationsIn(item.text.en, 'en')) {
          expect(translated, `${item.id}: ${duration}`).toContain(duration);
          translated.splice(translated.indexOf(duration), 1);
        }
      }
    });

    it('keeps the same contact placeholders', () => {
      for (const item of items)
        expect(sorted(placeholdersIn(item.text[locale])), item.id).toEqual(
          sorted(placeholdersIn(item.text.en)),
        );
      for (const section of med.sections) {
        expect(sorted(placeholdersIn(section.title[locale]))).toEqual(
          sorted(placeholdersIn(section.title.en)),
        );
        for (const group of section.groups ?? [])
          expect(sorted(placeholdersIn(group.title[locale]))).toEqual(sorted(placeholdersIn(group.title.en)));
      }
    });

    it.each(READERS.map((r) => [`${r.region ?? 'unknown'}${r.country ? `/${r.country}` : ''}`, r] as const))(
      'shows the same statements for reader %s: ids, order, regions, severity, urgency, hover card',
      (_label, reader) => {
        const en = fullView(med, { ...reader, locale: 'en' });
        const tr = fullView(med, { ...reader, locale });
        expect(tr.sections.map((s) => s.kind)).toEqual(en.sections.map((s) => s.kind));
        expect(tr.sections.flatMap((s) => s.items.map(shape))).toEqual(
          en.sections.flatMap((s) => s.items.map(shape)),
        );
        expect(tr.sections.map((s) => s.groups?.map((g) => g.id))).toEqual(
          en.sections.map((s) => s.groups?.map((g) => g.id)),
        );
        const compactIds = (l: Locale) => compactView(med, { ...reader, locale: l }).items.map((i) => i.id);
        expect(compactIds(locale)).toEqual(compactIds('en'));
        expect(compactView(med, { ...reader, locale }).moreCount).toBe(
          compactView(med, { ...reader }).moreCount,
        );
      },
    );

    it.each(READERS.map((r) => [`${r.region ?? 'unknown'}${r.country ? `/${r.country}` : ''}`, r] as const))(
      'keeps every English source for reader %s, adding only sources cited for this language',
      (_label, reader) => {
        const en = fullView(med, { ...reader, locale: 'en' }).sections.flatMap((s) => s.items);
        const tr = fullView(med, { ...reader, locale }).sections.flatMap((s) => s.items);
        const languageOnly = new Set([
          ...items.flatMap((i) => i.localeSources?.[locale] ?? []),
          ...allContacts.flatMap((c) => c.localeSources?.[locale] ?? []),
        ]);
        for (const [index, item] of tr.entries()) {
          const english = en[index]!;
          for (const id of english.sources) expect(item.sources, `${item.id} keeps ${id}`).toContain(id);
          for (const id of item.sources.filter((x) => !english.sources.includes(x)))
            expect(languageOnly.has(id), `${item.id}: ${id} is not a ${locale}-only source`).toBe(true);
        }
      },
    );

    it('keeps the numbers of every phone contact; a translation adds one only with a source for it', () => {
      for (const [where, contact] of contactEntries) {
        const en = numbersIn(contact.text.en);
        const tr = numbersIn(contact.text[locale]);
        for (const n of en) expect(tr, `${where}: ${n}`).toContain(n);
        if (tr.join() !== en.join())
          expect(
            contact.localeSources?.[locale]?.length ?? 0,
            `${where} adds ${tr.join(' ')}`,
          ).toBeGreaterThan(0);
      }
    });
  });
});

const contactEntries: readonly (readonly [string, Contact])[] = [
  ...Object.entries(CONTACTS).flatMap(([region, table]) =>
    Object.entries(table).map(([key, c]) => [`${region}.${key}`, c] as const),
  ),
  ...Object.entries(COUNTRY_CONTACTS).flatMap(([country, table]) =>
    Object.entries(table).map(([key, c]) => [`${country}.${key}`, c!] as const),
  ),
];
const allContacts = contactEntries.map(([, c]) => c);
