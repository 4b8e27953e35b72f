import type { BrandFacts } from '../../types';

/**
 * Where each brand is sold and who makes it (facts sheet §9), shown under the card's title ("brand of
 * isotretinoin · India"). Kept with the content, not the names: detection in every frame needs only the
 * names, and the countries are text to translate.
 */
export const BRANDS: Readonly<Record<string, BrandFacts>> = {
  Isotroin: { soldIn: { en: 'India' }, maker: 'Cipla' },
  Accutane: { soldIn: { en: 'US (withdrawn 2009), Canada' }, maker: 'Roche' },
  Roaccutane: { soldIn: { en: 'UK, EU, Australia' }, maker: 'Roche' },
  Roaccutan: { soldIn: { en: 'Mexico, Russia' }, maker: 'Roche' },
  Absorica: { soldIn: { en: 'US' }, maker: 'Sun Pharma' },
  'Absorica LD': { soldIn: { en: 'US' }, maker: 'Sun Pharma' },
  Amnesteem: { soldIn: { en: 'US' }, maker: 'Mylan' },
  Claravis: { soldIn: { en: 'US' }, maker: 'Teva' },
  Myorisan: { soldIn: { en: 'US' }, maker: 'Upsher-Smith' },
  Zenatane: { soldIn: { en: 'US' }, maker: "Dr. Reddy's" },
  Sotret: { soldIn: { en: 'US, India' }, maker: 'Sun Pharma (Ranbaxy)' },
  Epuris: { soldIn: { en: 'Canada' }, maker: 'Cipher' },
  Oratane: { soldIn: { en: 'Australia, New Zealand' }, maker: 'Douglas' },
  Aknenormin: { soldIn: { en: 'Germany, Poland' }, maker: 'Almirall Hermal' },
  Curacné: { soldIn: { en: 'France' }, maker: 'Pierre Fabre' },
  Tretiva: { soldIn: { en: 'India' }, maker: 'Intas' },
  Acnotin: { soldIn: { en: 'Thailand, Singapore, Hong Kong' }, maker: 'Mega Lifesciences' },
  Reticutan: { soldIn: { en: 'UK' } },
};
