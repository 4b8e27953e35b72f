import type { NameEntry } from '../types';

/**
 * Every name of isotretinoin detected on pages (DESIGN.md contract 4). Adding a name is one line.
 * Facts (country, maker) come from the facts sheet §9–§10. Names that are also common words (e.g. the
 * Canadian brand "Clarus") are deliberately absent: they would flag unrelated pages.
 * Never add tretinoin, alitretinoin, acitretin or Retin-A: they are different retinoids.
 */
export const ISOTRETINOIN_NAMES: readonly NameEntry[] = [
  { text: 'isotretinoin', group: 'inn' },

  // Brands (oral).
  { text: 'Isotroin', group: 'brands', country: 'India', maker: 'Cipla' },
  { text: 'Accutane', group: 'brands', country: 'US (withdrawn 2009), Canada', maker: 'Roche' },
  { text: 'Roaccutane', group: 'brands', country: 'UK, EU, Australia', maker: 'Roche' },
  { text: 'Roaccutan', group: 'brands', country: 'Mexico, Russia', maker: 'Roche' },
  { text: 'Absorica', group: 'brands', country: 'US', maker: 'Sun Pharma' },
  { text: 'Absorica LD', group: 'brands', country: 'US', maker: 'Sun Pharma' },
  { text: 'Amnesteem', group: 'brands', country: 'US', maker: 'Mylan' },
  { text: 'Claravis', group: 'brands', country: 'US', maker: 'Teva' },
  { text: 'Myorisan', group: 'brands', country: 'US', maker: 'Upsher-Smith' },
  { text: 'Zenatane', group: 'brands', country: 'US', maker: "Dr. Reddy's" },
  { text: 'Sotret', group: 'brands', country: 'US, India', maker: 'Sun Pharma (Ranbaxy)' },
  { text: 'Epuris', group: 'brands', country: 'Canada', maker: 'Cipher' },
  { text: 'Oratane', group: 'brands', country: 'Australia, New Zealand', maker: 'Douglas' },
  { text: 'Aknenormin', group: 'brands', country: 'Germany, Poland', maker: 'Almirall Hermal' },
  { text: 'Curacné', group: 'brands', country: 'France', maker: 'Pierre Fabre' },
  { text: 'Tretiva', group: 'brands', country: 'India', maker: 'Intas' },
  { text: 'Acnotin', group: 'brands', country: 'Thailand, Singapore, Hong Kong', maker: 'Mega Lifesciences' },
  { text: 'Reticutan', group: 'brands', country: 'UK' },

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
