import type { Section } from '../../types';
import type { Item } from './item';

// The first tips are the ones that protect other people (blood, sharing): they go in the hover card.
// {report} is filled in with the reader's region's reporting scheme (medications/contacts.ts).
const items: readonly Item[] = [
  {
    id: 'tip.blood-donation',
    text: {
      en: 'Do not give blood while you take it or for 1 month after you stop. Your blood could reach someone who is pregnant.',
      es: 'No done sangre mientras la toma ni durante 1 mes después de dejar de tomarla. Su sangre podría llegar a una persona embarazada.',
    },
    severity: 'tip',
    sources: ['dermnet', 'ibts'],
    facts: ['blood-donation'],
    inSummary: true,
  },
  {
    id: 'tip.sharing',
    text: {
      en: 'Never share your capsules with anyone. They are for you only.',
      es: 'Nunca comparta sus cápsulas con nadie. Son solo para usted.',
    },
    severity: 'tip',
    sources: ['uk-pil'],
    facts: ['sharing'],
    inSummary: true,
  },
  {
    id: 'tip.prescription-only',
    text: {
      en: 'Only take it with a prescription, from a doctor who checks on you during treatment. Do not buy it online.',
      es: 'Tómela solo con receta, de un médico que le haga controles durante el tratamiento. No la compre por internet.',
    },
    severity: 'tip',
    sources: ['medlineplus', 'nhs'],
    facts: ['buy-online', 'specialist'],
  },
  {
    id: 'tip.food',
    text: {
      en: 'Most brands must be taken with food, because your body takes in much less without it. Some brands, such as Absorica and Absorica LD, work with or without food. These two cannot be swapped for each other. Check the leaflet for your brand.',
      es: 'La mayoría de las marcas se deben tomar con comida, porque sin ella el cuerpo absorbe mucho menos. Algunas marcas, como Absorica y Absorica LD, funcionan con o sin comida. Estas dos no se pueden cambiar una por la otra. Revise el prospecto de su marca.',
    },
    severity: 'tip',
    sources: ['fda-absorica-pi', 'fda-accutane'],
    facts: ['food'],
  },
  {
    id: 'tip.swallow',
    text: {
      en: 'Swallow the capsules whole with a full glass of water or other drink. Do not chew or suck them.',
      es: 'Trague las cápsulas enteras con un vaso lleno de agua u otra bebida. No las mastique ni las chupe.',
    },
    severity: 'tip',
    sources: ['fda-absorica-pi'],
    facts: ['swallow-whole'],
  },
  {
    id: 'tip.night-driving',
    text: {
      en: 'Take care when you drive or use machines in the dark, because your eyes may not adjust to the dark as well.',
      es: 'Tenga cuidado al conducir (manejar) o usar máquinas a oscuras, porque puede que sus ojos no se adapten tan bien a la oscuridad.',
    },
    severity: 'tip',
    sources: ['fda-absorica-pi'],
    facts: ['night-driving'],
  },
  {
    id: 'tip.cosmetic',
    text: {
      en: 'Do not have waxing, skin sanding (dermabrasion) or laser skin treatment while you take it or for 6 months after.',
      es: 'No se haga depilación con cera, lijado de la piel (dermoabrasión) ni tratamientos de la piel con láser mientras la toma ni durante 6 meses después.',
    },
    severity: 'tip',
    sources: ['nhs-side-effects'],
    facts: ['cosmetic-procedures'],
  },
  {
    id: 'tip.sun',
    text: {
      en: 'Stay out of strong sun and do not use sunbeds. Use sunscreen of SPF 15 or higher, even when it is cloudy.',
      es: 'Evite el sol fuerte y no use camas de bronceado (rayos UVA). Use protector solar de factor (SPF) 15 o más, incluso cuando esté nublado.',
    },
    severity: 'tip',
    sources: ['nhs-side-effects', 'aad'],
    facts: ['sun'],
  },
  {
    id: 'tip.monitoring',
    text: {
      en: 'You will have blood tests for your liver and blood fats before you start and during treatment. If you can get pregnant, you will have pregnancy tests too.',
      es: 'Le harán análisis de sangre del hígado y de las grasas de la sangre antes de empezar y durante el tratamiento. Si puede quedar embarazada, también le harán pruebas de embarazo.',
    },
    severity: 'tip',
    sources: ['nhs', 'msd'],
    facts: ['monitoring'],
  },
  {
    id: 'tip.exercise',
    text: {
      en: 'Tell your prescriber before you do hard exercise or heavy lifting. The medicine can affect muscles and bones.',
      es: 'Avise al médico que se la recetó antes de hacer ejercicio intenso o levantar mucho peso. El medicamento puede afectar a los músculos y los huesos.',
    },
    severity: 'tip',
    sources: ['fda-medguide'],
    facts: ['exercise', 'stop-call.muscles-bones'],
  },
  {
    id: 'tip.report-side-effect',
    text: {
      en: 'You, your family or your prescriber can report a side effect. {report}',
      es: 'Usted, su familia o el médico que se la recetó pueden comunicar un efecto secundario. {report}',
    },
    severity: 'tip',
    sources: ['fda-medguide', 'uk-pil'],
    facts: ['report-side-effect'],
  },
];

/** Practical safety tips. */
export const SAFETY_TIPS: Section = {
  kind: 'safety-tips',
  title: { en: 'Safety tips', es: 'Consejos de seguridad' },
  items,
};
