import type { NameEntry } from '../types';

/**
 * Every name of isotretinoin detected on pages (DESIGN.md contract 4). Adding a name is one line (a brand
 * also gets a line in ./content/brands.ts: where it is sold). Names that are also common words (e.g. the
 * Canadian brand "Clarus") are deliberately absent: they would flag unrelated pages.
 * Never add tretinoin, alitretinoin, acitretin or Retin-A: they are different retinoids.
 */
export const ISOTRETINOIN_NAMES: readonly NameEntry[] = [
  { text: 'isotretinoin', group: 'inn' },

  // Brands (oral).
  { text: 'Isotroin', group: 'brands' },
  { text: 'Accutane', group: 'brands' },
  { text: 'Roaccutane', group: 'brands' },
  { text: 'Roaccutan', group: 'brands' },
  { text: 'Absorica', group: 'brands' },
  { text: 'Absorica LD', group: 'brands' },
  { text: 'Amnesteem', group: 'brands' },
  { text: 'Claravis', group: 'brands' },
  { text: 'Myorisan', group: 'brands' },
  { text: 'Zenatane', group: 'brands' },
  { text: 'Sotret', group: 'brands' },
  { text: 'Epuris', group: 'brands' },
  { text: 'Oratane', group: 'brands' },
  { text: 'Aknenormin', group: 'brands' },
  { text: 'Curacné', group: 'brands' },
  { text: 'Tretiva', group: 'brands' },
  { text: 'Acnotin', group: 'brands' },
  { text: 'Reticutan', group: 'brands' },

  // International spellings of the INN.
  { text: 'isotretinoína', group: 'international', lang: 'es' },
  { text: 'isotrétinoïne', group: 'international', lang: 'fr' },
  { text: 'isotretinoïne', group: 'international', lang: 'nl' },
  { text: 'isotretinoina', group: 'international', lang: 'it' },
  { text: 'izotretinoin', group: 'international', lang: 'hr' },
  { text: 'izotretynoina', group: 'international', lang: 'pl' },
  { text: 'изотретиноин', group: 'international', lang: 'ru' },
  { text: 'ізотретиноїн', group: 'international', lang: 'uk' },
  { text: 'イソトレチノイン', group: 'international', lang: 'ja' },
  { text: '异维A酸', group: 'international', lang: 'zh' },

  // Misspellings seen in real pages (facts sheet §10).
  { text: 'isotretinion', group: 'misspellings' },
  { text: 'isoretinoin', group: 'misspellings' },
  { text: 'isotretionin', group: 'misspellings' },
];
