import type { Section } from '../../types';
import type { Item } from './item';

// What to tell the prescriber before starting (facts sheet section 12), then questions: each points at a
// decision only the prescriber can make with the patient.
const items: readonly Item[] = [
  {
    id: 'question.tell-health',
    text: {
      en: 'Before you start, tell your prescriber if you or your family have had depression or another mental illness. Also tell them about liver, kidney or heart disease, high blood fats, diabetes, asthma, weak bones, or an eating disorder such as anorexia.',
      es: 'Antes de empezar, dígale a su médico si usted o alguien de su familia ha tenido depresión u otra enfermedad mental. Cuéntele también si tiene enfermedad del hígado, del riñón o del corazón, grasas altas en la sangre, diabetes, asma, huesos débiles o un trastorno de la alimentación como la anorexia.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'nhs', 'uk-pil'],
    facts: ['before-starting'],
  },
  {
    id: 'question.tell-allergies',
    text: {
      en: 'Tell them about any allergy, for example to soya, peanut, parabens (preservatives) or other medicines. Some capsules contain sorbitol, a sugar, so mention any food intolerance too.',
      es: 'Cuéntele cualquier alergia, por ejemplo a la soja (soya), al cacahuete (maní, cacahuate), a los parabenos (conservantes) o a otros medicamentos. Algunas cápsulas contienen sorbitol, un azúcar, así que mencione también cualquier intolerancia a alimentos.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'uk-pil'],
    facts: ['before-starting', 'allergy'],
  },
  {
    id: 'question.other-treatments',
    text: {
      en: 'Have I tried the other treatments first, such as antibiotic pills and skin creams?',
      es: '¿He probado antes los otros tratamientos, como los antibióticos en pastillas y las cremas para la piel?',
    },
    severity: 'info',
    sources: ['nhs', 'fda-absorica-pi'],
  },
  {
    id: 'question.birth-control',
    text: {
      en: 'Which kinds of birth control count for me, and how will pregnancy tests work?',
      es: '¿Qué métodos anticonceptivos me sirven, y cómo serán las pruebas de embarazo?',
    },
    severity: 'info',
    sources: ['fda-rems', 'ema-2018'],
  },
  {
    id: 'question.mental-health',
    text: {
      en: 'I have had low mood or anxiety before. Is this safe for me, and who do I call if my mood changes?',
      es: 'He tenido el ánimo bajo o ansiedad antes. ¿Es segura para mí, y a quién llamo si cambia mi estado de ánimo?',
    },
    severity: 'info',
    sources: ['nhs', 'mhra-2023'],
  },
  {
    id: 'question.allergy',
    text: {
      en: 'I have a peanut or soya allergy. Can I take it at all, and is there a brand without these oils?',
      es: 'Tengo alergia al cacahuete o a la soja. ¿Puedo tomarla o no, y hay alguna marca sin estos aceites?',
    },
    severity: 'info',
    sources: ['uk-pil', 'nhs'],
  },
  {
    id: 'question.other-medicines',
    text: {
      en: 'Could any of my other medicines, vitamins or herbal products react with it?',
      es: '¿Alguno de mis otros medicamentos, vitaminas o productos de hierbas podría interactuar con ella?',
    },
    severity: 'info',
    sources: ['fda-medguide', 'fda-absorica-pi'],
  },
  {
    id: 'question.tests',
    text: {
      en: 'Which blood tests will I need, and when?',
      es: '¿Qué análisis de sangre necesitaré, y cuándo?',
    },
    severity: 'info',
    sources: ['nhs', 'msd'],
  },
  {
    id: 'question.food',
    text: { en: 'Should I take my brand with food?', es: '¿Debo tomar mi marca con las comidas?' },
    severity: 'info',
    sources: ['fda-absorica-pi'],
  },
  {
    id: 'question.dryness',
    text: {
      en: 'What should I use for dry skin, lips and eyes?',
      es: '¿Qué debo usar para la piel, los labios y los ojos secos?',
    },
    severity: 'info',
    sources: ['aad', 'nhs-side-effects'],
  },
];

/** Before you start: what to tell the prescriber, and questions to ask. */
export const QUESTIONS: Section = {
  kind: 'questions',
  title: {
    en: 'Before you start: what to tell and ask your prescriber',
    es: 'Antes de empezar: qué decirle y preguntarle a su médico',
  },
  items,
};
