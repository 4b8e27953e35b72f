import type { Section } from '../../types';
import type { Item } from './item';

const items: readonly Item[] = [
  {
    id: 'interaction.tetracyclines',
    text: {
      en: 'Do not take tetracycline antibiotics with it at any time during treatment. These include doxycycline, minocycline, lymecycline and tetracycline. Together they raise the risk of pressure in the skull. UK and EU leaflets say never to use them together.',
      es: 'No tome antibióticos del grupo de las tetraciclinas en ningún momento del tratamiento. Entre ellos están la doxiciclina, la minociclina, la limeciclina y la tetraciclina. Tomarlos a la vez que la isotretinoína aumenta el riesgo de presión dentro del cráneo. Los prospectos del Reino Unido y la UE dicen que nunca se usen juntos.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi', 'fda-medguide', 'uk-pil'],
    facts: ['interactions.tetracyclines'],
  },
  {
    id: 'interaction.vitamin-a',
    text: {
      en: 'Do not take vitamin A supplements. Extra vitamin A adds to the side effects.',
      es: 'No tome suplementos de vitamina A. Tomar vitamina A de más aumenta los efectos secundarios.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide'],
    facts: ['interactions.vitamin-a'],
  },
  {
    id: 'interaction.hormonal-birth-control',
    text: {
      en: 'Birth control that uses hormones can still fail. A US label says pregnancies have happened this way, mostly when only 1 method was used. Use every method your prescriber asks you to, every time.',
      es: 'Los anticonceptivos con hormonas también pueden fallar. Según la información oficial de un producto de Estados Unidos, ha habido embarazos así, sobre todo cuando se usaba solo 1 método. Use siempre todos los métodos que le pida el médico que se la recetó.',
    },
    severity: 'serious',
    sources: ['fda-accutane'],
    facts: ['interactions.minipill'],
  },
  {
    id: 'interaction.st-johns-wort',
    text: {
      en: "Do not take St John's wort, a herbal remedy, unless your prescriber agrees. It may stop hormonal birth control from working, which could lead to pregnancy.",
      es: 'No tome hierba de San Juan (hipérico), un remedio de hierbas, a menos que el médico que se la recetó esté de acuerdo. Puede hacer que los anticonceptivos con hormonas no funcionen, lo que podría llevar a un embarazo.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'ebsco', 'goodrx'],
    facts: ['interactions.st-johns-wort'],
  },
  {
    id: 'interaction.other-acne-products',
    text: {
      en: 'Do not use other acne products that dry or peel the skin, such as benzoyl peroxide, unless your prescriber says so.',
      es: 'No use otros productos para el acné que sequen o pelen la piel, como el peróxido de benzoilo, a menos que el médico que se la recetó se lo indique.',
    },
    severity: 'tip',
    sources: ['nhs'],
    facts: ['other-acne-products'],
  },
  {
    id: 'interaction.alcohol',
    text: { en: 'Do not drink too much alcohol.', es: 'No beba demasiado alcohol.' },
    severity: 'tip',
    sources: ['nhs'],
    facts: ['alcohol'],
  },
  {
    id: 'interaction.tell-everything',
    text: {
      en: "Tell your prescriber and pharmacist about every medicine, vitamin and herbal product you take. This includes vitamin A, tetracycline antibiotics, steroid tablets (corticosteroids), phenytoin and St John's wort.",
      es: 'Informe al médico que se la recetó y al farmacéutico de todos los medicamentos, vitaminas y productos de hierbas que toma. Esto incluye la vitamina A, los antibióticos del grupo de las tetraciclinas, los corticoides en pastillas (corticosteroides), la fenitoína y la hierba de San Juan.',
    },
    severity: 'tip',
    sources: ['fda-medguide', 'nhs', 'uk-pil'],
    facts: ['interactions.tell', 'before-starting'],
  },
];

/** Key interactions. */
export const INTERACTIONS: Section = {
  kind: 'interactions',
  title: { en: 'Medicines and supplements to avoid', es: 'Medicamentos y suplementos que debe evitar' },
  items,
};
