import type { Section } from '../../types';
import type { Item } from './item';

// Each item says what helps, because people stop treatment over dryness that simple care can ease.
const items: readonly Item[] = [
  {
    id: 'side.at-a-glance',
    text: {
      en: 'Almost everyone gets dry, cracked lips. Many people also get dry skin and dry eyes. Your skin may also burn more easily in the sun.',
      es: 'Casi todo el mundo tiene los labios secos y agrietados. Mucha gente tiene también la piel seca y los ojos secos. Además, la piel puede quemarse con el sol más fácilmente.',
    },
    severity: 'common',
    sources: ['nhs-side-effects', 'aad', 'eu-smpc'],
    facts: ['side-effects.lips', 'side-effects.skin', 'side-effects.eyes-nose', 'side-effects.sun'],
    inSummary: true,
  },
  {
    id: 'side.lips',
    text: {
      en: 'Dry, cracked lips happen to almost everyone. Use lip balm often.',
      es: 'Los labios secos y agrietados le pasan a casi todo el mundo. Use bálsamo labial (protector de labios) a menudo.',
    },
    severity: 'common',
    sources: ['eu-smpc', 'aad', 'nhs-side-effects'],
    facts: ['side-effects.lips'],
  },
  {
    id: 'side.skin',
    text: {
      en: 'Dry, itchy, red or peeling skin is very common, and skin can tear more easily. Use a moisturiser.',
      es: 'Es muy frecuente tener la piel seca, con picor (comezón), roja o que se pela, y la piel puede romperse más fácilmente. Use una crema hidratante.',
    },
    severity: 'common',
    sources: ['eu-smpc', 'nhs-side-effects', 'aad'],
    facts: ['side-effects.skin'],
  },
  {
    id: 'side.eyes-nose',
    text: {
      en: 'Dry eyes and a dry nose are common, and you may get nosebleeds. Eye drops and a little petroleum jelly inside the nose can help. Wear glasses if your contact lenses feel sore.',
      es: 'Es frecuente tener los ojos secos y la nariz seca, y puede sangrarle la nariz. Pueden ayudar unas gotas para los ojos y un poco de vaselina dentro de la nariz. Use gafas (anteojos) si le molestan sus lentes de contacto.',
    },
    severity: 'common',
    sources: ['aad', 'nhs', 'nhs-side-effects'],
    facts: ['side-effects.eyes-nose'],
  },
  {
    id: 'side.aches',
    text: {
      en: 'Joint, muscle and back pain, and headaches, are common.',
      es: 'Son frecuentes el dolor de articulaciones, de músculos y de espalda, y el dolor de cabeza.',
    },
    severity: 'common',
    sources: ['nhs', 'aad', 'fda-accutane'],
    facts: ['side-effects.aches'],
  },
  {
    id: 'side.flare',
    text: {
      en: 'Your acne may get worse at first. The American Academy of Dermatology (AAD) says this can last 1 to 2 months. EU product information says it is very rare. Ask your prescriber what to expect.',
      es: 'Al principio, el acné puede empeorar. La Academia Americana de Dermatología (AAD) dice que esto puede durar de 1 a 2 meses. La información oficial de la UE dice que es muy raro. Pregunte a su médico qué puede esperar.',
    },
    severity: 'common',
    sources: ['aad', 'eu-smpc'],
    facts: ['side-effects.flare'],
  },
  {
    id: 'side.sun',
    text: {
      en: 'Sun sensitivity: the AAD says skin can burn very easily in the sun, and the NHS lists it as common. EU product information lists it as very rare.',
      es: 'Sensibilidad al sol: la AAD dice que la piel puede quemarse con el sol muy fácilmente, y el NHS británico la considera frecuente. La información oficial de la UE la considera muy rara.',
    },
    severity: 'common',
    sources: ['aad', 'nhs-side-effects', 'eu-smpc'],
    facts: ['side-effects.sun'],
  },
  {
    id: 'side.hair',
    text: {
      en: 'Your hair may get thinner. This is usually only for a while.',
      es: 'Puede que tenga el pelo más escaso. Suele ser solo por un tiempo.',
    },
    severity: 'common',
    sources: ['aad'],
    facts: ['side-effects.hair'],
  },
  {
    id: 'side.not-dehydration',
    text: {
      en: 'The dryness comes from the medicine, not from a lack of water. Drinking more water will not prevent it or protect you from the sun. Lip balm, moisturiser, eye drops and sunscreen help.',
      es: 'La sequedad se debe al medicamento, no a la falta de agua. Beber más agua no la evita ni protege del sol. Ayudan el bálsamo labial, la crema hidratante, las gotas para los ojos y el protector solar.',
    },
    severity: 'info',
    sources: ['nhs-side-effects', 'aad'],
    facts: ['gaps.dehydration'],
  },
];

/** Common side effects and what helps. */
export const SIDE_EFFECTS: Section = {
  kind: 'side-effects',
  title: { en: 'Common side effects and what helps', es: 'Efectos secundarios frecuentes y qué ayuda' },
  items,
};
