import type { Section } from '../../types';
import type { Item } from './item';

// Order matters: the boxed warning is the first warning a reader sees (DESIGN.md "Content rules").
const items: readonly Item[] = [
  {
    id: 'pregnancy.boxed',
    text: {
      en: 'Do not take isotretinoin if you are pregnant or could get pregnant. Even a small amount, for a short time, can cause severe birth defects.',
    },
    severity: 'critical',
    sources: ['fda-boxed', 'fda-absorica-pi'],
    facts: ['pregnancy.boxed', 'gaps.pregnancy'],
    inSummary: true,
  },
  {
    id: 'pregnancy.stop-if-pregnant',
    text: { en: 'If you get pregnant while taking it, stop taking it at once and call your doctor.' },
    severity: 'critical',
    sources: ['fda-boxed', 'fda-medguide'],
    facts: ['pregnancy.stop-if-pregnant'],
    inSummary: true,
  },
  {
    id: 'pregnancy.defects',
    text: {
      en: 'Babies can be born with problems of the face, eyes, ears, skull, brain, heart and some glands. Some children have had a low IQ. It also raises the chance of losing the baby or of an early birth.',
    },
    severity: 'critical',
    sources: ['fda-medguide', 'cipla-isotroin'],
    facts: ['pregnancy.defects'],
  },
  {
    id: 'pregnancy.no-safe-time',
    text: {
      en: 'No time in pregnancy is known to be safe. Less than 1 week of use has been linked to birth defects. No test can tell if an unborn baby has been harmed.',
    },
    severity: 'critical',
    sources: ['uktis', 'fda-boxed'],
    facts: ['pregnancy.no-safe-amount', 'pregnancy.boxed'],
  },
  {
    id: 'pregnancy.uktis-numbers',
    text: {
      en: 'About 3 in 10 exposed pregnancies that go on end in miscarriage. Up to about 1 in 5 babies exposed early have birth defects.',
    },
    severity: 'serious',
    sources: ['uktis'],
    facts: ['pregnancy.no-safe-amount'],
  },
  {
    id: 'pregnancy.minipill',
    text: {
      en: 'The progestogen-only pill (the "minipill") is not enough birth control with this medicine.',
    },
    severity: 'critical',
    sources: ['bnf', 'nps-oratane', 'fda-accutane'],
    facts: ['pregnancy.minipill', 'interactions.minipill'],
  },
  {
    id: 'pregnancy.ipledge',
    text: {
      en: 'In the US, you can only get it through a safety program called iPLEDGE. You, your doctor and your pharmacy must all sign up. Never buy it online.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'medlineplus'],
    regions: ['US'],
    facts: ['pregnancy.ipledge', 'buy-online'],
    inSummary: true,
  },
  {
    id: 'pregnancy.ipledge-birth-control',
    text: {
      en: 'iPLEDGE, if you can get pregnant: use 2 kinds of birth control together. At least 1 must be a main ("primary") kind. Start 1 month before, use them the whole time, and keep going for 1 month after you stop.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'medlineplus'],
    regions: ['US'],
    facts: ['pregnancy.ipledge-rules'],
  },
  {
    id: 'pregnancy.ipledge-tests',
    text: {
      en: 'iPLEDGE also needs 2 negative pregnancy tests (showing you are not pregnant) before you start. They must be at least 19 days apart. Then you need a test each month. You get at most 30 days of medicine at a time, with no refills. You must pick it up within 7 days of your test.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'medlineplus'],
    regions: ['US'],
    facts: ['pregnancy.ipledge-rules'],
  },
  {
    id: 'pregnancy.ipledge-2026',
    text: {
      en: 'iPLEDGE was updated in 2026, for example to allow some pregnancy tests at home. Some rules above may have changed, so check the current rules with your pharmacist.',
    },
    severity: 'info',
    sources: ['fda-rems'],
    regions: ['US'],
    facts: ['ipledge-2026'],
  },
  {
    id: 'pregnancy.ppp',
    text: {
      en: 'In the UK and EU, a Pregnancy Prevention Programme applies if you can get pregnant. Use at least 1 reliable kind of birth control, and 2 if you can. Start 1 month before, use it the whole time, and keep going for 1 month after you stop.',
    },
    severity: 'critical',
    sources: ['ema-2018', 'uktis', 'bnf'],
    regions: ['UK', 'EU'],
    facts: ['pregnancy.ppp'],
    inSummary: true,
  },
  {
    id: 'pregnancy.ppp-tests',
    text: {
      en: 'You need a pregnancy test before you start, before each monthly prescription, and about 1 month after you stop (the BNF says 5 weeks). Each prescription is for at most 30 days.',
    },
    severity: 'critical',
    sources: ['ema-2018', 'bnf', 'uktis'],
    regions: ['UK', 'EU'],
    facts: ['pregnancy.ppp'],
  },
  {
    id: 'pregnancy.wait-after',
    text: {
      en: 'How long to wait after stopping before trying for a baby differs. US, UK and EU labels say 1 month. The Isotroin label from India says 6 months. Follow the leaflet that came with your medicine.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi', 'ema-2018', 'cipla-isotroin'],
    facts: ['pregnancy.wait-after'],
  },
  {
    id: 'pregnancy.no-breastfeeding',
    text: { en: 'Do not breastfeed while you take it.' },
    severity: 'critical',
    sources: ['nps-oratane'],
    facts: ['pregnancy.no-breastfeeding'],
  },
];

/** Pregnancy and birth defects: the boxed warning, always right after "what it is". */
export const PREGNANCY: Section = {
  kind: 'pregnancy',
  title: { en: 'Pregnancy: it can cause severe birth defects' },
  items,
};
