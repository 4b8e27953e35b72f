// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countSyllables, easeLabel, fernandezHuerta, sentences, words } from './spanish-readability';

describe('Spanish syllable counter', () => {
  it.each([
    // i-so-tre-ti-no-í-na: the written accent on í marks a hiatus, as in he-ro-í-na (4). The brief for this
    // counter gave 6, which would read "noí" as one syllable; the accent rule it also gave makes it 7.
    ['isotretinoína', 7],
    ['heroína', 4],
    ['embarazo', 4],
    ['país', 2], // pa-ís
    ['ciudad', 2], // ciu-dad: two weak vowels are one syllable
    ['día', 2], // dí-a
    ['cuidado', 3], // cui-da-do
    ['que', 1], // silent u
    ['guerra', 2],
    ['pingüino', 3], // pin-güi-no: ü is heard
    ['muy', 1], // final y is a vowel
    ['y', 1],
    ['hay', 1],
    ['ayuda', 3], // a-yu-da: y before a vowel is a consonant
    ['leer', 2], // le-er: two strong vowels
    ['aéreo', 4], // a-é-re-o
    ['reúne', 3], // re-ú-ne
    ['ahí', 2], // a-hí
    ['buey', 1], // triphthong
    ['averigüéis', 4], // a-ve-ri-güéis
    ['anticonceptivo', 6],
    ['embarazada', 5],
    ['médico', 3],
    ['psicosis', 3],
    ['acné', 2],
    ['¿Qué', 1],
    ['"primario".', 3], // pri-ma-rio
  ] as const)('counts %s as %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('counts a word without a vowel (a number, an acronym) as 1 syllable', () => {
    expect(countSyllables('30')).toBe(1);
    expect(countSyllables('NHS')).toBe(1);
  });
});

describe('Fernández-Huerta reading ease', () => {
  it('splits words and sentences, keeping "¿…?" questions whole', () => {
    expect(words('¿Qué debo usar? Use 2 cremas.')).toEqual(['¿Qué', 'debo', 'usar?', 'Use', '2', 'cremas.']);
    expect(sentences('¿Qué debo usar? Use 2 cremas. Nada más.')).toHaveLength(3);
  });

  it('computes both forms of the formula', () => {
    const text = 'La piel está seca.';
    const fh = fernandezHuerta(text);
    const syllables = words(text).reduce((n, w) => n + countSyllables(w), 0);
    expect(syllables).toBe(6); // la, piel, es-tá, se-ca
    expect(fh.syllablesPer100Words).toBeCloseTo(150);
    expect(fh.sentencesPer100Words).toBeCloseTo(25);
    expect(fh.wordsPerSentence).toBeCloseTo(4);
    expect(fh.printed).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 25);
    expect(fh.flesch).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 4);
  });

  it('scores dense label-style Spanish as hard and plain Spanish as easy', () => {
    const label =
      'La isotretinoína está contraindicada durante el embarazo debido a su teratogenicidad, y la administración ' +
      'concomitante con tetraciclinas está contraindicada por el riesgo potencial de hipertensión intracraneal benigna.';
    const plain = 'No la tome si está embarazada. Puede dañar al bebé. Use un anticonceptivo.';
    expect(fernandezHuerta(label).flesch).toBeLessThan(55);
    expect(fernandezHuerta(label).printed).toBeLessThan(65);
    expect(fernandezHuerta(plain).flesch).toBeGreaterThan(65);
  });

  it('labels scores on the INFLESZ scale', () => {
    expect(easeLabel(70)).toBe('bastante fácil');
    expect(easeLabel(60)).toBe('normal');
    expect(easeLabel(85)).toBe('muy fácil');
    expect(easeLabel(50)).toBe('algo difícil');
  });
});
