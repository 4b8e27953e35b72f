/**
 * Plain-language measures for Spanish text: a syllable counter and the Fernández-Huerta reading ease.
 * No npm package counts Spanish syllables here (`syllable` and `text-readability` are English-only), so
 * this is a small rule-based counter: it counts vowel nuclei with the usual diphthong and hiatus rules.
 * It is a measure for tests and the content report, not a hyphenator.
 */

/** Strong vowels (and accented weak ones, which break a diphthong: "día", "país"). */
const STRONG = new Set('aeoáéóíú');
/** Weak vowels, which join a neighbour into a diphthong or triphthong ("ciudad", "cuidado", "buey"). */
const WEAK = new Set('iuü');
const isVowel = (c: string) => STRONG.has(c) || WEAK.has(c);

/**
 * Syllables of one Spanish word (at least 1). Rules: two strong vowels side by side are two syllables
 * (hiatus: "le-er", "a-é-re-o"); a weak vowel next to a strong one, or two different weak ones, make one
 * (diphthong: "ciu-dad", "cui-da-do"); an accented í or ú counts as strong ("dí-a", "pa-ís", "re-ú-ne").
 * The u of "que", "qui", "gue", "gui" is silent (but not ü: "pin-güi-no"); a final y after a vowel, and
 * the word "y", are the vowel i ("muy", "hay"). "h" counts as a consonant. Digits and letters without a
 * vowel (numbers, acronyms such as "NHS") count as 1 syllable per word, an approximation.
 */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replaceAll(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 1;
  w = w.replaceAll(/qu/g, 'q').replaceAll(/gu(?=[eiéí])/g, 'g');
  if (w === 'y') return 1;
  w = w.replace(/(?<=[aeiouáéíóú])y$/, 'i');
  let count = 0;
  let previous = '';
  for (const c of w) {
    if (!isVowel(c)) {
      previous = '';
      continue;
    }
    // A new nucleus unless this vowel joins the previous one (not both strong = a diphthong).
    if (previous === '' || (STRONG.has(previous) && STRONG.has(c))) count += 1;
    previous = c;
  }
  return Math.max(count, 1);
}

/** Words of a text: runs of letters or digits (punctuation, "¿", "¡" and quotes dropped). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Sentences of a text: split after ".", "?" or "!" followed by a space (no abbreviations in the content). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export interface FernandezHuerta {
  /** Syllables per 100 words (P). */
  readonly syllablesPer100Words: number;
  /** Sentences per 100 words (F as the formula is usually printed). */
  readonly sentencesPer100Words: number;
  /** Words per sentence. */
  readonly wordsPerSentence: number;
  /** 206.84 − 0.60·P − 1.02·F, with F = sentences per 100 words, as the formula is usually printed. */
  readonly printed: number;
  /**
   * 206.84 − 0.60·P − 1.02·(words per sentence): the formula as Flesch's, which Fernández-Huerta adapted
   * (the printed F, sentences per 100 words, rewards long sentences; this one penalises them, as Flesch's
   * does; textstat computes this one). Stricter for the card's short sentences.
   */
  readonly flesch: number;
}

/** Fernández-Huerta reading ease of a Spanish text, both as printed and in Flesch's form (higher = easier). */
export function fernandezHuerta(text: string): FernandezHuerta {
  const all = words(text);
  const n = Math.max(all.length, 1);
  const syllables = all.reduce((sum, word) => sum + countSyllables(word), 0);
  const sentenceCount = Math.max(sentences(text).length, 1);
  const P = (100 * syllables) / n;
  const F = (100 * sentenceCount) / n;
  const wps = n / sentenceCount;
  return {
    syllablesPer100Words: P,
    sentencesPer100Words: F,
    wordsPerSentence: wps,
    printed: 206.84 - 0.6 * P - 1.02 * F,
    flesch: 206.84 - 0.6 * P - 1.02 * wps,
  };
}

/** INFLESZ-style label of a reading-ease score (Barrio-Cantalejo et al.): 65–80 is "bastante fácil". */
export function easeLabel(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}
