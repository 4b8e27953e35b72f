import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { MEDICATIONS } from '../../medications/registry';
import { compileMatcher, enabledNames, namesKey } from './match-names';

const ALL_ON = { brands: true, international: true, misspellings: true };
const matcher = compileMatcher(enabledNames([ISOTRETINOIN], { isotretinoin: ALL_ON }));
const found = (text: string): string[] =>
  matcher.findAll(text).map((m) => text.slice(m.index, m.index + m.length));

describe('matcher: default names (contract 4)', () => {
  it.each(ISOTRETINOIN.names.map((n) => n.text))('finds "%s" alone and in a sentence', (name) => {
    expect(found(name)).toEqual([name]);
    expect(found(`I took ${name}, then stopped.`)).toEqual([name]);
  });

  it('is case-insensitive, also outside ASCII', () => {
    expect(found('ACCUTANE accutane AcCuTaNe')).toHaveLength(3);
    expect(found('ISOTRÉTINOÏNE et Изотретиноин, ІЗОТРЕТИНОЇН')).toEqual([
      'ISOTRÉTINOÏNE',
      'Изотретиноин',
      'ІЗОТРЕТИНОЇН',
    ]);
  });

  it('maps each match to its canonical name entry', () => {
    const [m] = matcher.findAll('the ROACCUTANE leaflet');
    expect(m?.name.text).toBe('Roaccutane');
    expect(m?.name.group).toBe('brands');
    expect(matcher.findAll('Roaccutan')[0]?.name.text).toBe('Roaccutan');
  });

  it('matches decomposed accents (NFD) as well as composed ones', () => {
    const nfd = 'Curacne\u0301';
    expect(found(`take ${nfd} daily`)).toEqual([nfd]);
    expect(matcher.findAll(nfd)[0]?.name.text).toBe('Curacné');
    expect(found('isotre\u0301tinoi\u0308ne')).toHaveLength(1);
  });

  it('counts a trailing ®, ™, possessive or hyphenated compound', () => {
    expect(found('Accutane® and Absorica™')).toEqual(['Accutane', 'Absorica']);
    expect(found("Accutane's label and Claravis’s label")).toEqual(['Accutane', 'Claravis']);
    expect(found('isotretinoin-induced dryness; anti-Accutane')).toEqual(['isotretinoin', 'Accutane']);
  });

  it('treats "Absorica LD" as one mention, also across odd spaces', () => {
    expect(found('Absorica LD capsules')).toEqual(['Absorica LD']);
    expect(found('Absorica\u00a0LD')).toEqual(['Absorica\u00a0LD']);
    expect(matcher.findAll('Absorica  ld')[0]?.name.text).toBe('Absorica LD');
    // "LDL" is another word: only "Absorica" is the name.
    expect(found('Absorica LDL levels')).toEqual(['Absorica']);
  });

  it('never matches other retinoids', () => {
    expect(found('tretinoin, alitretinoin, acitretin, Retin-A, Tretinoin cream, ALITRETINOIN')).toEqual([]);
  });

  it('never matches a longer word that starts or ends with a name', () => {
    expect(found('isotretinoins Accutanes preAccutane xSotret Sotreta Epuris2 2Epuris')).toEqual([]);
    expect(found('isotretinoiné éisotretinoin изотретиноина')).toEqual([]);
  });

  it('does not match inside a longer name either', () => {
    // "Sotret" is a brand and a substring of "isotretinoin".
    expect(found('isotretinoin')).toEqual(['isotretinoin']);
    expect(matcher.findAll('isotretinoin')[0]?.name.group).toBe('inn');
  });

  it('matches CJK names inside unspaced text', () => {
    expect(found('我正在服用异维A酸治疗痤疮')).toEqual(['异维A酸']);
    expect(found('ニキビにイソトレチノインを使う')).toEqual(['イソトレチノイン']);
  });

  it('matches a Latin or Cyrillic name written against text in scripts without spaces between words', () => {
    expect(found('我在吃Accutane，皮肤很干')).toEqual(['Accutane']);
    expect(found('服用isotretinoin后')).toEqual(['isotretinoin']);
    expect(found('Accutaneを飲んでいます')).toEqual(['Accutane']);
    expect(found('Accutane을 복용')).toEqual(['Accutane']);
    expect(found('ยาAccutaneใช้')).toEqual(['Accutane']);
    expect(found('我吃изотретиноин')).toEqual(['изотретиноин']);
    // A letter of a spaced script is still part of the word.
    expect(found('我吃Accutanes和preAccutane')).toEqual([]);
  });

  it('matches Turkish capitals, a modifier-letter apostrophe and full-width letters in CJK names', () => {
    expect(found('İzotretinoin tedavisi. İZOTRETİNOİN')).toEqual(['İzotretinoin', 'İZOTRETİNOİN']);
    expect(matcher.findAll('İzotretinoin')[0]?.name.text).toBe('izotretinoin');
    expect(found('Accutaneʼs label')).toEqual(['Accutane']);
    expect(found('我在服用异维Ａ酸，异维ａ酸')).toEqual(['异维Ａ酸', '异维ａ酸']);
    expect(matcher.findAll('异维Ａ酸')[0]?.name.text).toBe('异维A酸');
  });

  it('does not match "Clarus" by default', () => {
    expect(found('Clarus capsules')).toEqual([]);
  });
});

describe('matcher: name groups', () => {
  it('drops switched-off groups but always keeps the INN', () => {
    const none = compileMatcher(
      enabledNames([ISOTRETINOIN], {
        isotretinoin: { brands: false, international: false, misspellings: false },
      }),
    );
    const text = 'isotretinoin Accutane isotretinoína isotretinion';
    expect(none.findAll(text).map((m) => m.name.text)).toEqual(['isotretinoin']);
    const brandsOnly = compileMatcher(
      enabledNames([ISOTRETINOIN], {
        isotretinoin: { brands: true, international: false, misspellings: false },
      }),
    );
    expect(brandsOnly.findAll(text).map((m) => m.name.text)).toEqual(['isotretinoin', 'Accutane']);
  });

  it('the presence test ignores boundaries, as textContent glues blocks together', () => {
    // "<p>I took Accutane</p><p>Next</p>".textContent
    expect(matcher.test('I took AccutaneNext')).toBe(true);
    expect(matcher.test('previousAccutane')).toBe(true);
    expect(matcher.test('tretinoin only')).toBe(false);
  });

  it('an empty name list matches nothing', () => {
    expect(compileMatcher([]).findAll('isotretinoin')).toEqual([]);
    expect(compileMatcher([]).test('isotretinoin')).toBe(false);
  });
});

// Property tests: the boundary rule holds for any surrounding text, in any script.
const latinNames = ISOTRETINOIN.names.filter((n) => /^\p{sc=Latin}/u.test(n.text)).map((n) => n.text);
const wordChar = fc.constantFrom('a', 'Z', '7', 'é', 'ж', 'ß', '٣', 'ı', '\u0301', 'ñ');
// Letters of scripts written without spaces (Han, kana, Hangul, Thai) do not join a Latin word.
// prettier-ignore
const nonWordChar = fc.constantFrom(
  ' ', '.', ',', '-', '(', ')', '"', '\n', '®', '™', '/', '’', '\u00a0',
  '用', 'を', 'ア', '을', 'ก',
);
const filler = fc.string({ unit: fc.constantFrom(' ', '.', 'x', '1', ',', '\n') });

describe('matcher: boundary properties', () => {
  it('a name between non-word characters is found exactly once, with its exact span', () => {
    fc.assert(
      fc.property(fc.constantFrom(...latinNames), nonWordChar, nonWordChar, filler, (name, l, r, pad) => {
        const text = `${pad}${l}${name}${r}${pad}`;
        const matches = matcher.findAll(text);
        const spans = matches.map((m) => text.slice(m.index, m.index + m.length));
        expect(spans.filter((s) => s.toLowerCase() === name.toLowerCase())).toEqual([name]);
      }),
    );
  });

  it('a name glued to a letter, digit or mark on either side is never found', () => {
    fc.assert(
      fc.property(fc.constantFrom(...latinNames), wordChar, fc.boolean(), (name, c, before) => {
        // Avoid building another real name ("Absorica" + " LD" is not a glue case; "isotretinoin" + "a" is).
        const text = before ? `${c}${name}` : `${name}${c}`;
        const hits = matcher.findAll(` ${text} `).map((m) => m.name.text.toLowerCase());
        const other = ISOTRETINOIN.names.some((n) => n.text.toLowerCase() === text.toLowerCase());
        expect(hits.includes(name.toLowerCase()) && !other).toBe(false);
      }),
    );
  });

  it('other retinoids inside any text never produce a match', () => {
    const other = fc.constantFrom('tretinoin', 'alitretinoin', 'acitretin', 'Retin-A', 'TRETINOIN');
    fc.assert(
      fc.property(fc.array(fc.oneof(other, filler)), (parts) => {
        expect(matcher.findAll(parts.join(' '))).toEqual([]);
      }),
    );
  });

  it('the presence test is never false when findAll finds something', () => {
    const piece = fc.oneof(fc.constantFrom(...ISOTRETINOIN.names.map((n) => n.text)), filler, wordChar);
    fc.assert(
      fc.property(fc.array(piece), (parts) => {
        const text = parts.join('');
        if (matcher.findAll(text).length > 0) expect(matcher.test(text)).toBe(true);
      }),
    );
  });
});

describe('matcher: patterns built at build time', () => {
  const names = enabledNames(MEDICATIONS, {});
  it('are recognised by a key that changes with any name, its medication or the order', () => {
    const [a, b] = names;
    const keys = [
      namesKey(names),
      namesKey(names.slice(1)),
      namesKey([b!, a!, ...names.slice(2)]),
      namesKey([{ ...a!, text: `${a!.text}x` }, ...names.slice(1)]),
      namesKey([{ ...a!, medicationId: 'other' }, ...names.slice(1)]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
