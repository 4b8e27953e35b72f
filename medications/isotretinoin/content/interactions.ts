import type { Section } from '../../types';
import type { Item } from './item';

const items: readonly Item[] = [
  {
    id: 'interaction.tetracyclines',
    text: {
      en: 'Do not take tetracycline antibiotics with it at any time during treatment. These include doxycycline, minocycline, lymecycline and tetracycline. Together they raise the risk of pressure in the skull. UK and EU leaflets say never to use them together.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi', 'fda-medguide', 'uk-pil'],
    facts: ['interactions.tetracyclines'],
  },
  {
    id: 'interaction.vitamin-a',
    text: { en: 'Do not take vitamin A supplements. Extra vitamin A adds to the side effects.' },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide'],
    facts: ['interactions.vitamin-a'],
  },
  {
    id: 'interaction.hormonal-birth-control',
    text: {
      en: 'Birth control that uses hormones can still fail. A US label says people have become pregnant this way, mostly when they used only 1 method.',
    },
    severity: 'serious',
    sources: ['fda-accutane'],
    facts: ['interactions.minipill'],
  },
  {
    id: 'interaction.st-johns-wort',
    text: {
      en: "Do not take St John's wort, a herbal remedy, unless your prescriber agrees. It may stop hormonal birth control from working, which could lead to pregnancy.",
    },
    severity: 'serious',
    sources: ['fda-medguide', 'ebsco', 'goodrx'],
    facts: ['interactions.st-johns-wort'],
  },
  {
    id: 'interaction.other-acne-products',
    text: {
      en: 'Do not use other acne products that dry or peel the skin, such as benzoyl peroxide, unless your prescriber says so.',
    },
    severity: 'tip',
    sources: ['nhs'],
    facts: ['other-acne-products'],
  },
  {
    id: 'interaction.alcohol',
    text: { en: 'Do not drink too much alcohol.' },
    severity: 'tip',
    sources: ['nhs'],
    facts: ['alcohol'],
  },
  {
    id: 'interaction.tell-everything',
    text: {
      en: "Tell your prescriber and pharmacist about every medicine, vitamin and herbal product you take. This includes vitamin A, tetracycline antibiotics, steroid tablets (corticosteroids), phenytoin and St John's wort.",
    },
    severity: 'tip',
    sources: ['fda-medguide', 'nhs', 'uk-pil'],
    facts: ['interactions.tell', 'before-starting'],
  },
];

/** Key interactions. */
export const INTERACTIONS: Section = {
  kind: 'interactions',
  title: { en: 'Medicines and supplements to avoid' },
  items,
};
