import type { Section } from '../../types';
import type { Item } from './item';

// Not in the hover card: there the medication's one-line summary says what it is, so the pregnancy box
// is the first section under it.
const items: readonly Item[] = [
  {
    id: 'what.prescription-retinoid',
    text: {
      en: 'Isotretinoin is a medicine for severe acne. You need a prescription to get it. It is a capsule you swallow. It is a retinoid, a kind of medicine related to vitamin A.',
      es: 'La isotretinoína es un medicamento para el acné grave. Necesita una receta para conseguirla. Es una cápsula que se traga. Es un retinoide, un tipo de medicamento relacionado con la vitamina A.',
    },
    severity: 'info',
    sources: ['nhs-questions', 'medlineplus', 'dermnet'],
    facts: ['what-it-is.prescription-retinoid'],
  },
  {
    id: 'what.us-use',
    text: {
      en: 'In the US, it is for severe acne with deep, painful lumps that has not cleared with other treatment, such as antibiotic pills. It is for people aged 12 and over who are not pregnant.',
      es: 'En Estados Unidos, es para el acné grave con bultos profundos y dolorosos que no ha desaparecido con otros tratamientos, como los antibióticos en pastillas. Es para personas de 12 años o más que no estén embarazadas.',
    },
    severity: 'info',
    sources: ['fda-absorica-pi'],
    regions: ['US'],
    facts: ['what-it-is.us-use'],
  },
  {
    id: 'what.uk-eu-use',
    text: {
      en: 'In the UK and EU, it is for severe acne that has not got better with antibiotic pills and skin creams. A skin specialist (dermatologist) must be in charge of it. It is not for children under 12.',
      es: 'En el Reino Unido y la UE, es para el acné grave que no ha mejorado con antibióticos en pastillas y cremas para la piel. Un dermatólogo (médico especialista de la piel) debe dirigir el tratamiento. No es para niños menores de 12 años.',
    },
    severity: 'info',
    sources: ['nhs', 'uk-pil'],
    regions: ['UK', 'EU'],
    facts: ['what-it-is.uk-eu-use', 'specialist'],
  },
];

/** "What it is": always the first section. */
export const WHAT_IT_IS: Section = { kind: 'what-it-is', title: { en: 'What it is', es: 'Qué es' }, items };
