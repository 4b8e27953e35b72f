import type { Section } from '../../types';
import type { Item } from './item';

// "Get help now" (facts sheet section 12): right after pregnancy, before the other serious warnings.
// Two groups, never mixed: call the emergency number now, or stop and call the prescriber right away.
// Phone numbers are placeholders ({emergency}, {crisis}, …) that the view fills in for the reader's
// region (medications/contacts.ts); with the region unknown, every region's numbers are shown.
const items: readonly Item[] = [
  {
    id: 'get-help.allergy',
    text: {
      en: 'A serious allergic reaction is an emergency. Signs are swelling of your lips, mouth, tongue, face or throat, trouble breathing, or hives or a rash all over with a fever. Call {emergency} now. You can also go straight to {er}. Do not take any more isotretinoin unless a doctor says you can.',
    },
    severity: 'critical',
    urgency: 'emergency',
    sources: ['nhs', 'fda-medguide'],
    facts: ['emergency.allergy', 'allergy'],
    inSummary: true,
  },
  {
    id: 'get-help.suicide',
    text: {
      en: 'If you have thoughts of suicide or of harming yourself, get help now. {crisis} If you might act on these thoughts, call {emergency} now. Do the same if you cannot reach anyone. Stop taking isotretinoin until you have talked with your prescriber.',
    },
    severity: 'critical',
    urgency: 'emergency',
    sources: ['fda-medguide', 'nhs'],
    facts: ['emergency.suicide', 'mental-health.nhs-stop'],
    inSummary: true,
  },
  {
    // Chest pain, fits and stroke-like signs are on the Medication Guide's stop-and-call list (gut damage,
    // pressure in the skull), but they are emergencies wherever the reader is: the NHS ambulance pages say
    // call 999 for chest pain, fits and a suspected stroke. Someone having a fit cannot call, hence "ask".
    id: 'get-help.emergency-signs',
    text: {
      en: 'Bad chest pain, a fit (seizure) and signs of a stroke are emergencies too. Signs of a stroke include a face that droops on one side, a weak arm, or slurred speech. Call {emergency} now, or ask someone to call for you.',
    },
    severity: 'critical',
    urgency: 'emergency',
    sources: ['fda-medguide', 'nhs-999', 'nhs-stroke'],
    facts: ['stop-call.skull-pressure', 'stop-call.gut'],
  },
  {
    id: 'get-help.stop-and-call',
    text: {
      en: 'Signs to act on include a big change in mood, a bad headache, and a change in eyesight or hearing. Others are bad stomach pain, a blistering rash, muscle weakness, or a missed period. If you cannot reach your prescriber, {urgent}.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide', 'nhs', 'medlineplus'],
    facts: ['report-promptly'],
    inSummary: true,
  },
  {
    id: 'get-help.mood',
    text: {
      en: 'Mood: call if you feel very sad, angry or not like yourself, or if you see or hear things that are not real.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide', 'nhs'],
    facts: ['mental-health.warning', 'report-promptly'],
  },
  {
    id: 'get-help.pregnancy',
    text: {
      en: 'Pregnancy: call if you might be pregnant, for example if you miss a period or had sex without your birth control.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide'],
    facts: ['pregnancy.when-to-call'],
  },
  {
    id: 'get-help.head',
    text: {
      en: 'Head: call if you have a bad headache, blurred vision or dizziness, or if you feel sick or throw up. These can be signs of pressure building up in the skull, which can harm your eyesight for good.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide', 'fda-absorica-pi'],
    facts: ['stop-call.skull-pressure', 'intracranial-pressure', 'report-promptly'],
  },
  {
    id: 'get-help.gut',
    text: {
      en: 'Gut: call for bad pain in your stomach or lower belly, pain or trouble when you swallow, new or worse heartburn, or diarrhoea. Also call for bleeding from your bottom, yellow skin or eyes, or dark pee.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide', 'nhs'],
    facts: ['stop-call.gut', 'report-promptly'],
  },
  {
    id: 'get-help.eyes-ears',
    text: {
      en: 'Eyes and ears: call if your eyesight changes, your eyes hurt or are always dry, your hearing gets worse, or your ears ring.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide'],
    facts: ['stop-call.eyes', 'stop-call.hearing', 'report-promptly'],
  },
  {
    id: 'get-help.skin-muscles',
    text: {
      en: 'Skin and muscles: call for a rash with blisters or peeling skin, or for muscle weakness, with or without pain.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide', 'fda-2010'],
    facts: ['serious-skin-reactions', 'stop-call.muscles-bones', 'report-promptly'],
  },
];

/** Get help now: emergency signs with the region's numbers, then the stop-and-call list. */
export const GET_HELP: Section = {
  kind: 'get-help',
  title: { en: 'Get help now' },
  groups: [
    { urgency: 'emergency', title: { en: 'Call {emergency} now for these emergencies' } },
    {
      urgency: 'call-prescriber',
      title: { en: 'Stop taking it and call your prescriber right away for these signs' },
    },
  ],
  items,
};
