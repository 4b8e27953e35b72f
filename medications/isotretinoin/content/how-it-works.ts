import type { Section } from '../../types';
import type { Item } from './item';

const items: readonly Item[] = [
  {
    id: 'how.oil-glands',
    text: {
      en: 'It shrinks the oil glands in your skin, so they make much less oil. It also slows the build-up of dead skin in pores.',
      es: 'Hace más pequeñas las glándulas de grasa de la piel, que así producen mucha menos grasa. También frena la acumulación de piel muerta en los poros.',
    },
    severity: 'info',
    sources: ['fda-accutane', 'eu-smpc'],
    facts: ['how-it-works.sebum'],
    inSummary: true,
  },
  {
    id: 'how.fewer-spots',
    text: {
      en: 'Less oil means fewer blocked pores and fewer acne germs. It also calms redness and swelling.',
      es: 'Menos grasa significa menos poros tapados y menos gérmenes del acné. También calma el enrojecimiento y la hinchazón.',
    },
    severity: 'info',
    sources: ['nhs-questions'],
    facts: ['how-it-works.pores'],
  },
  {
    id: 'how.unknown',
    text: {
      en: 'No one knows exactly how it works. It probably works by changing how some genes are turned on and off.',
      es: 'Nadie sabe con exactitud cómo funciona. Es probable que actúe cambiando cómo se encienden y se apagan algunos genes.',
    },
    severity: 'info',
    sources: ['livertox', 'fda-accutane'],
    facts: ['how-it-works.mechanism'],
  },
  {
    id: 'how.after-stopping',
    text: {
      en: 'Acne often keeps getting better after the treatment ends.',
      es: 'A menudo el acné sigue mejorando después de terminar el tratamiento.',
    },
    severity: 'info',
    sources: ['fda-absorica-pi', 'eu-smpc'],
    facts: ['how-it-works.after'],
  },
];

/** How it works. */
export const HOW_IT_WORKS: Section = {
  kind: 'how-it-works',
  title: { en: 'How it works', es: 'Cómo funciona' },
  items,
};
