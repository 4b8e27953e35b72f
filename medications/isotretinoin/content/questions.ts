import type { Section } from '../../types';
import type { Item } from './item';

// What to tell the prescriber before starting (facts sheet section 12), then questions: each points at a
// decision only the prescriber can make with the patient.
const items: readonly Item[] = [
  {
    id: 'question.tell-health',
    text: {
      en: 'Before you start, tell your prescriber if you or your family have had depression or another mental illness. Also tell them about liver, kidney or heart disease, high blood fats, diabetes, asthma, weak bones, or an eating disorder such as anorexia.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'nhs', 'uk-pil'],
    facts: ['before-starting'],
  },
  {
    id: 'question.tell-allergies',
    text: {
      en: 'Tell them about any allergy, for example to soya, peanut, parabens (preservatives) or other medicines. Some capsules contain sorbitol, a sugar, so mention any food intolerance too.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'uk-pil'],
    facts: ['before-starting', 'allergy'],
  },
  {
    id: 'question.other-treatments',
    text: { en: 'Have I tried the other treatments first, such as antibiotic pills and skin creams?' },
    severity: 'info',
    sources: ['nhs', 'fda-absorica-pi'],
  },
  {
    id: 'question.birth-control',
    text: { en: 'Which kinds of birth control count for me, and how will pregnancy tests work?' },
    severity: 'info',
    sources: ['fda-rems', 'ema-2018'],
  },
  {
    id: 'question.mental-health',
    text: {
      en: 'I have had low mood or anxiety before. Is this safe for me, and who do I call if my mood changes?',
    },
    severity: 'info',
    sources: ['nhs', 'mhra-2023'],
  },
  {
    id: 'question.allergy',
    text: {
      en: 'I have a peanut or soya allergy. Can I take it at all, and is there a brand without these oils?',
    },
    severity: 'info',
    sources: ['uk-pil', 'nhs'],
  },
  {
    id: 'question.other-medicines',
    text: { en: 'Could any of my other medicines, vitamins or herbal products react with it?' },
    severity: 'info',
    sources: ['fda-medguide', 'fda-absorica-pi'],
  },
  {
    id: 'question.tests',
    text: { en: 'Which blood tests will I need, and when?' },
    severity: 'info',
    sources: ['nhs', 'msd'],
  },
  {
    id: 'question.food',
    text: { en: 'Should I take my brand with food?' },
    severity: 'info',
    sources: ['fda-absorica-pi'],
  },
  {
    id: 'question.dryness',
    text: { en: 'What should I use for dry skin, lips and eyes?' },
    severity: 'info',
    sources: ['aad', 'nhs-side-effects'],
  },
];

/** Before you start: what to tell the prescriber, and questions to ask. */
export const QUESTIONS: Section = {
  kind: 'questions',
  title: { en: 'Before you start: what to tell and ask your prescriber' },
  items,
};
