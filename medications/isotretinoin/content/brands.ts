import type { BrandFacts } from '../../types';

/**
 * Where each brand is sold and who makes it (facts sheet §9), shown under the card's title ("brand of
 * isotretinoin · India"). Kept with the content, not the names: detection in every frame needs only the
 * names, and the countries are text to translate.
 */
export const BRANDS: Readonly<Record<string, BrandFacts>> = {
  Isotroin: { soldIn: { en: 'India', es: 'India' }, maker: 'Cipla' },
  Accutane: {
    soldIn: { en: 'US (withdrawn 2009), Canada', es: 'Estados Unidos (retirado en 2009), Canadá' },
    maker: 'Roche',
  },
  Roaccutane: { soldIn: { en: 'UK, EU, Australia', es: 'Reino Unido, UE, Australia' }, maker: 'Roche' },
  Roaccutan: { soldIn: { en: 'Mexico, Russia', es: 'México, Rusia' }, maker: 'Roche' },
  Absorica: { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: 'Sun Pharma' },
  'Absorica LD': { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: 'Sun Pharma' },
  Amnesteem: { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: 'Mylan' },
  Claravis: { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: 'Teva' },
  Myorisan: { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: 'Upsher-Smith' },
  Zenatane: { soldIn: { en: 'US', es: 'Estados Unidos' }, maker: "Dr. Reddy's" },
  Sotret: { soldIn: { en: 'US, India', es: 'Estados Unidos, India' }, maker: 'Sun Pharma (Ranbaxy)' },
  Epuris: { soldIn: { en: 'Canada', es: 'Canadá' }, maker: 'Cipher' },
  Oratane: { soldIn: { en: 'Australia, New Zealand', es: 'Australia, Nueva Zelanda' }, maker: 'Douglas' },
  Aknenormin: { soldIn: { en: 'Germany, Poland', es: 'Alemania, Polonia' }, maker: 'Almirall Hermal' },
  Curacné: { soldIn: { en: 'France', es: 'Francia' }, maker: 'Pierre Fabre' },
  Tretiva: { soldIn: { en: 'India', es: 'India' }, maker: 'Intas' },
  Acnotin: {
    soldIn: { en: 'Thailand, Singapore, Hong Kong', es: 'Tailandia, Singapur, Hong Kong' },
    maker: 'Mega Lifesciences',
  },
  Reticutan: { soldIn: { en: 'UK', es: 'Reino Unido' } },
};
