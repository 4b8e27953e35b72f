import type { Section } from '../../types';
import type { Item } from './item';

// Mental health comes first: after pregnancy it is the warning people most need to act on. What to do
// right now (emergency numbers, the stop-and-call list) is in "Get help now" (get-help.ts), just above.
// The EU and UK "not proven" note is part of the advice to act, not an item of its own: as an EU-tagged
// item the view moved it (for EU readers) below the region-less critical warnings, between night vision and
// sexual side effects, away from the advice it qualifies (facts sheet section 12: it belongs after the
// stop-and-get-help advice, worded so that it cannot read as reassurance).
const items: readonly Item[] = [
  {
    id: 'serious.mental-health',
    text: {
      en: 'It may cause depression or psychosis (losing touch with what is real). Rarely, people have had thoughts of suicide, tried suicide or died by suicide. Some have become aggressive or violent.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-medguide'],
    facts: ['mental-health.warning', 'gaps.mood'],
    inSummary: true,
  },
  {
    id: 'serious.mental-health-signs',
    text: {
      en: 'Warning signs of depression include feeling sad or having crying spells, losing interest in things you enjoyed, and sleeping too much or too little. Others are being more angry, irritable or aggressive than usual, a change in appetite or weight, and trouble focusing. Pulling away from friends or family, having no energy, and feeling worthless or guilty are signs too. So are thoughts of hurting yourself or ending your life, and seeing or hearing things that are not real. Ask your family and friends to watch for these signs as well.',
    },
    severity: 'critical',
    sources: ['fda-medguide'],
    facts: ['mental-health.warning-signs'],
  },
  {
    id: 'serious.mental-health-act',
    text: {
      en: 'If you or your family notice any of these signs, stop taking it and call your prescriber straight away. For thoughts of suicide or self-harm, use the numbers under Get help now. Stopping may not be enough on its own, so stay in touch with your prescriber. Reviews in the EU and UK could not prove that the medicine causes mood problems, and severe acne can affect mood too. Even so, they added warnings, so never wait to act on a sign.',
    },
    severity: 'critical',
    sources: ['nhs', 'fda-medguide', 'fda-absorica-pi', 'ema-2018', 'mhra-review'],
    facts: ['mental-health.nhs-stop', 'mental-health.warning', 'mental-health.ema'],
  },
  {
    id: 'serious.mhra-2023',
    text: {
      en: 'In the UK, your prescriber must talk with you about mental health and sexual side effects. They check your mental and sexual health before you start and during treatment. You sign a form to say you understand the risks.',
    },
    severity: 'serious',
    sources: ['mhra-2023', 'mhra-review'],
    regions: ['UK'],
    facts: ['mental-health.mhra-2023'],
  },
  {
    id: 'serious.sexual',
    text: {
      en: 'It can cause sexual side effects. These include trouble getting an erection, less interest in sex, vaginal dryness and less feeling in the genitals. Some people say these last after stopping.',
    },
    severity: 'serious',
    sources: ['mhra-2017', 'mhra-review'],
    facts: ['sexual-side-effects'],
  },
  {
    id: 'serious.skull-pressure',
    text: {
      en: 'Rarely, pressure builds up inside the skull, which can cause lasting loss of sight. Tetracycline antibiotics, such as doxycycline, raise this risk, so never take them during isotretinoin treatment.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-medguide', 'uk-pil'],
    facts: ['intracranial-pressure', 'stop-call.skull-pressure'],
    inSummary: true,
  },
  {
    id: 'serious.pancreatitis',
    text: {
      en: 'Rarely, it causes pancreatitis, a swelling of an organ near the stomach. This can be deadly, and it can happen even when blood fats are normal. If you get bad stomach pain, stop taking it and get medical help right away.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'nhs'],
    facts: ['pancreatitis'],
  },
  {
    id: 'serious.gut',
    text: {
      en: 'It can damage the liver, the pancreas, the bowel and the food pipe (oesophagus). This damage may not go away after you stop, so act at once on the gut signs under Get help now.',
    },
    severity: 'critical',
    sources: ['fda-medguide'],
    facts: ['stop-call.gut'],
  },
  {
    id: 'serious.skin-reactions',
    text: {
      en: 'Rarely, it causes serious skin reactions that can be deadly. Stop taking it and get medical help right away if you get a rash with blisters or peeling skin.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-2010', 'mhra-2010'],
    facts: ['serious-skin-reactions'],
  },
  {
    id: 'serious.allergy',
    text: {
      en: 'Allergic reactions have been reported, including some that affect the whole body or inflame blood vessels (vasculitis). If you have an allergic reaction, stop taking it and get medical help.',
    },
    severity: 'critical',
    sources: ['fda-accutane', 'uk-pil'],
    facts: ['allergy'],
  },
  {
    id: 'serious.allergy-soya',
    text: {
      en: "Most capsules are made with soya (soybean) oil, and some also contain peanut oil. Check the ingredients in your brand's leaflet. If you are allergic to soya or peanut, tell your prescriber before you start. UK and EU leaflets say not to take these capsules if you have such an allergy.",
    },
    severity: 'critical',
    sources: ['uk-pil', 'nhs'],
    facts: ['allergy'],
  },
  {
    id: 'serious.vision',
    text: {
      en: 'Your night vision can get worse suddenly. Rarely, this does not go away. It can also cause dry eyes, cloudy patches on the eye, and trouble wearing contact lenses.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'eu-smpc'],
    facts: ['vision.night'],
  },
  {
    id: 'serious.hearing',
    text: {
      en: 'It can harm your hearing or cause ringing in your ears. The hearing loss may be permanent.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'fda-absorica-pi'],
    facts: ['hearing', 'stop-call.hearing'],
  },
  {
    id: 'serious.blood-fats',
    text: {
      en: 'It can raise the fats in your blood (triglycerides and cholesterol), sometimes a lot. Very high blood fats can lead to pancreatitis. These changes usually go back to normal after stopping.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi'],
    facts: ['blood-fats'],
  },
  {
    id: 'serious.liver',
    text: {
      en: 'Liver blood test results often change during treatment, and they usually go back to normal after stopping. Serious liver damage (hepatitis) is rare, but it can happen.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide', 'livertox'],
    facts: ['liver'],
  },
  {
    id: 'serious.bones',
    text: {
      en: 'It can affect bones and joints. It may thin the bones, stop bone growth early in teens, and cause back, joint or muscle pain that can be severe. Teens aged 12 to 17 had more of this pain in a study. If you break a bone, tell every health worker who treats you that you take it.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide'],
    facts: ['bones', 'stop-call.muscles-bones'],
  },
  {
    id: 'serious.bowel',
    text: {
      en: 'Labels list inflammatory bowel disease, a long-term swelling of the bowel. The MSD Manual, a guide for doctors, says a link now seems unlikely. Still stop and call your prescriber for bad belly pain or bloody diarrhoea.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'msd'],
    facts: ['ibd'],
  },
  {
    id: 'serious.blood-sugar',
    text: {
      en: 'High blood sugar and new diabetes have been reported. Tell your prescriber if you are very thirsty or pee a lot.',
    },
    severity: 'serious',
    sources: ['absorica-site'],
    facts: ['blood-sugar'],
  },
  {
    id: 'serious.blood-counts',
    text: { en: 'Low numbers of white or red blood cells have been reported. Rarely, this is severe.' },
    severity: 'info',
    sources: ['fda-accutane'],
    facts: ['blood-counts'],
  },
];

/** Other serious warnings: what can happen, and what to know about it. */
export const SERIOUS_WARNINGS: Section = {
  kind: 'serious-warnings',
  title: { en: 'Other serious warnings' },
  items,
};
