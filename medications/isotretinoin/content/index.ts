import { SOURCES } from '../sources';
import { BRANDS } from './brands';
import type { MedicationContent } from '../../types';
import { GET_HELP } from './get-help';
import { HOW_IT_WORKS } from './how-it-works';
import { INTERACTIONS } from './interactions';
import { PREGNANCY } from './pregnancy';
import { QUESTIONS } from './questions';
import { SAFETY_TIPS } from './safety-tips';
import { SERIOUS_WARNINGS } from './serious-warnings';
import { SIDE_EFFECTS } from './side-effects';
import { WHAT_IT_IS } from './what-it-is';

/**
 * Isotretinoin reading content, in DESIGN.md order: what it is → pregnancy (boxed) → get help now →
 * other serious warnings → side effects → safety tips → interactions → how it works → before you start.
 * Wording is ours, facts come from `medications/isotretinoin/facts.md` (a copy of
 * `shared/content/isotretinoin-facts.md`); bump `contentVersion` whenever a statement changes (2.1.0: Spanish added; 2.1.1: act-now wording for skull pressure, hormonal birth control).
 */
export const ISOTRETINOIN_CONTENT: MedicationContent = {
  id: 'isotretinoin',
  genericName: { en: 'isotretinoin', es: 'isotretinoína' },
  summary: {
    en: 'A prescription medicine for severe acne, taken as capsules. It has serious risks, so read the warnings first.',
    es: 'Un medicamento con receta para el acné grave, en cápsulas. Tiene riesgos graves, así que lea primero las advertencias.',
  },
  sections: [
    WHAT_IT_IS,
    PREGNANCY,
    GET_HELP,
    SERIOUS_WARNINGS,
    SIDE_EFFECTS,
    SAFETY_TIPS,
    INTERACTIONS,
    HOW_IT_WORKS,
    QUESTIONS,
  ],
  sources: SOURCES,
  brands: BRANDS,
  contentVersion: '2.1.1',
  lastReviewed: '2026-12-02',
};
