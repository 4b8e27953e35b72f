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
      es: 'Una reacción alérgica grave es una emergencia. Una señal es la hinchazón de los labios, la boca, la lengua, la cara o la garganta. Otras son la dificultad para respirar, o ronchas o un sarpullido por todo el cuerpo con fiebre. Llame ahora al {emergency}. También puede ir directamente a {er}. No tome más isotretinoína a menos que un médico le diga que puede.',
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
      es: 'Si tiene pensamientos de suicidio o de hacerse daño, pida ayuda ahora. {crisis} Si siente que podría actuar según estos pensamientos, llame ahora al {emergency}. Haga lo mismo si no logra hablar con nadie. Deje de tomar isotretinoína hasta que haya hablado con el médico que se la recetó.',
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
      es: 'Un dolor fuerte en el pecho, una convulsión (ataque) y las señales de un ictus (derrame cerebral) también son emergencias. Las señales de un ictus incluyen la cara caída de un lado, un brazo débil o hablar con dificultad. Llame ahora al {emergency} o pida a alguien que llame por usted.',
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
      es: 'Algunas señales ante las que debe actuar son un gran cambio de humor, un dolor de cabeza fuerte y un cambio en la vista o el oído. Otras son un dolor de estómago fuerte, un sarpullido con ampollas, debilidad muscular o que le falte la regla (menstruación). Si no puede hablar con el médico que se la recetó, {urgent}.',
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
      es: 'Estado de ánimo: llame si siente mucha tristeza o enojo, o si no se siente como siempre. Llame también si ve u oye cosas que no son reales.',
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
      es: 'Embarazo: llame si podría estar embarazada, por ejemplo, si le falta la regla o tuvo relaciones sexuales sin su método anticonceptivo.',
    },
    severity: 'critical',
    urgency: 'call-prescriber',
    sources: ['fda-medguide'],
    facts: ['pregnancy.when-to-call'],
  },
  {
    id: 'get-help.head',
    text: {
      en: 'Head: a bad headache, blurred vision or dizziness, or feeling sick or throwing up, can mean pressure is building up in the skull. This can harm your eyesight for good. Stop taking it and call your prescriber now. If you cannot reach them, {urgent}.',
      es: 'Cabeza: un dolor de cabeza fuerte, visión borrosa o mareo, o tener náuseas o vomitar, pueden significar que sube la presión dentro del cráneo. Esto puede dañar la vista para siempre. Deje de tomarla y llame ahora al médico que se la recetó. Si no puede hablar con él, {urgent}.',
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
      es: 'Estómago e intestinos: llame si tiene un dolor fuerte en el estómago o en la parte baja del vientre. Llame si le duele o le cuesta tragar, o si tiene acidez nueva o peor, o diarrea. Llame también si sangra por el ano, tiene la piel o los ojos amarillos, o la orina oscura.',
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
      es: 'Ojos y oídos: llame si le cambia la vista, le duelen los ojos o los tiene siempre secos, oye peor o le zumban los oídos.',
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
      es: 'Piel y músculos: llame si tiene un sarpullido con ampollas o la piel se le pela, o si tiene debilidad muscular, con o sin dolor.',
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
  title: { en: 'Get help now', es: 'Busque ayuda ahora' },
  groups: [
    {
      urgency: 'emergency',
      title: {
        en: 'Call {emergency} now for these emergencies',
        es: 'En estas emergencias, llame ahora al {emergency}',
      },
    },
    {
      urgency: 'call-prescriber',
      title: {
        en: 'Stop taking it and call your prescriber right away for these signs',
        es: 'Con estas señales, deje de tomarla y llame enseguida al médico que se la recetó',
      },
    },
  ],
  items,
};
