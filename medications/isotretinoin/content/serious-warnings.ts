import type { Section } from '../../types';
import type { Item } from './item';

// Mental health comes first: after pregnancy it is the warning people most need to act on.
const items: readonly Item[] = [
  {
    id: 'serious.mental-health',
    text: {
      en: 'It may cause depression or psychosis (losing touch with what is real). Rarely, people have had thoughts of suicide, tried suicide or died by suicide. Some have become aggressive or violent.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-medguide'],
    facts: ['mental-health.warning', 'gaps.mood'],
  },
  {
    id: 'serious.mental-health-act',
    text: {
      en: 'If you feel low or think about harming yourself, stop taking it and tell your doctor straight away. Stopping may not be enough on its own, so stay in touch with your doctor.',
    },
    severity: 'critical',
    sources: ['nhs', 'fda-absorica-pi'],
    facts: ['mental-health.nhs-stop', 'mental-health.warning', 'gaps.mood'],
    inSummary: true,
  },
  {
    id: 'serious.mental-health-ema',
    text: {
      en: 'EU rules warn about depression, anxiety and mood changes. It is not proven that the medicine causes them. Severe acne itself can also raise the risk.',
    },
    severity: 'info',
    sources: ['ema-2018'],
    regions: ['EU'],
    facts: ['mental-health.ema'],
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
      en: 'Rarely, pressure builds up inside the skull. Signs are a bad headache, feeling or being sick, and blurred or changed eyesight. If this happens, stop taking it and get urgent help.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi'],
    facts: ['intracranial-pressure'],
  },
  {
    id: 'serious.pancreatitis',
    text: {
      en: 'Rarely, it causes pancreatitis, a swelling of an organ near the stomach. This can be deadly, and it can happen even when blood fats are normal. Get help now for severe stomach pain.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'nhs'],
    facts: ['pancreatitis'],
  },
  {
    id: 'serious.skin-reactions',
    text: {
      en: 'Rarely, it causes serious skin reactions that can be deadly. Stop taking it and get help now if you get a rash with blisters or peeling skin.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-2010', 'mhra-2010'],
    facts: ['serious-skin-reactions'],
  },
  {
    id: 'serious.allergy',
    text: {
      en: 'Allergic reactions have been reported, including some that affect the whole body. If you have an allergic reaction, stop taking it and get medical help.',
    },
    severity: 'critical',
    sources: ['fda-accutane', 'uk-pil'],
    facts: ['allergy'],
  },
  {
    id: 'serious.allergy-soya',
    text: {
      en: 'Capsules sold in the UK and EU contain soya, and some contain peanut oil. Do not take them if you are allergic to peanut or soya.',
    },
    severity: 'critical',
    sources: ['uk-pil', 'nhs'],
    regions: ['UK', 'EU'],
    facts: ['allergy'],
  },
  {
    id: 'serious.vision',
    text: {
      en: 'Your night vision can get worse suddenly. Rarely, this does not go away. It can also cause dry eyes, cloudy patches on the eye, and trouble wearing contact lenses. Tell your doctor about any change in your eyesight.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'eu-smpc'],
    facts: ['vision.night'],
  },
  {
    id: 'serious.hearing',
    text: {
      en: 'It can harm your hearing or cause ringing in your ears. Tell your doctor straight away if your hearing changes.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi', 'absorica-site', 'nhs'],
    facts: ['hearing'],
  },
  {
    id: 'serious.blood-fats',
    text: {
      en: 'It can raise the fats in your blood (triglycerides and cholesterol), sometimes a lot. Very high blood fats can lead to pancreatitis. These changes go back to normal after stopping.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi'],
    facts: ['blood-fats'],
  },
  {
    id: 'serious.liver',
    text: {
      en: 'Blood tests often show changes in liver results. Real liver damage has not been clearly shown, but labels still warn about it. Tell your doctor if your skin or eyes turn yellow or your pee is dark.',
    },
    severity: 'serious',
    sources: ['livertox', 'fda-accutane', 'nhs'],
    facts: ['liver'],
  },
  {
    id: 'serious.bones',
    text: {
      en: 'It can affect bones and joints. It may thin the bones, stop bone growth early in teens, and cause back, joint or muscle pain that can be severe. Teens aged 12 to 17 had more of this pain in a study.',
    },
    severity: 'serious',
    sources: ['fda-accutane'],
    facts: ['bones'],
  },
  {
    id: 'serious.bowel',
    text: {
      en: 'Labels list bowel swelling (inflammatory bowel disease). Some experts now think a link is unlikely. Tell your doctor about bad stomach pain, diarrhoea or bleeding from your bottom.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'msd', 'nhs'],
    facts: ['ibd'],
  },
  {
    id: 'serious.blood-sugar',
    text: {
      en: 'High blood sugar and new diabetes have been reported. Tell your doctor if you are very thirsty or pee a lot.',
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
  {
    id: 'serious.report-promptly',
    text: {
      en: 'Call your doctor straight away if you notice a change in mood, a bad headache, or a change in eyesight or hearing. Also call for severe stomach pain, a rash or blisters, yellow skin, dark pee, or bleeding from your bottom.',
    },
    severity: 'critical',
    sources: ['nhs', 'fda-medguide', 'medlineplus'],
    facts: ['report-promptly'],
    inSummary: true,
  },
];

/** Other serious warnings, each with its warning signs and what to do. */
export const SERIOUS_WARNINGS: Section = {
  kind: 'serious-warnings',
  title: { en: 'Serious warnings and when to get help' },
  items,
};
