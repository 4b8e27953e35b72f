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
      es: 'Puede causar depresión o psicosis (perder el contacto con la realidad). En casos raros, algunas personas han tenido pensamientos de suicidio, han intentado suicidarse o han muerto por suicidio. Algunas se han vuelto agresivas o violentas.',
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
      es: 'Algunas señales de alarma de la depresión son sentirse triste o llorar a menudo, perder el interés por lo que antes le gustaba y dormir demasiado o muy poco. Otras son más enojo, irritabilidad o agresividad de lo normal, un cambio en el apetito o el peso, y dificultad para concentrarse. Alejarse de los amigos o la familia, no tener energía y sentirse inútil o culpable también son señales. También lo son los pensamientos de hacerse daño o de quitarse la vida, y ver u oír cosas que no son reales. Pida a su familia y amigos que también estén atentos a estas señales.',
    },
    severity: 'critical',
    sources: ['fda-medguide'],
    facts: ['mental-health.warning-signs'],
  },
  {
    id: 'serious.mental-health-act',
    text: {
      en: 'If you or your family notice any of these signs, stop taking it and call your prescriber straight away. For thoughts of suicide or self-harm, use the numbers under Get help now. Stopping may not be enough on its own, so stay in touch with your prescriber. Reviews in the EU and UK could not prove that the medicine causes mood problems, and severe acne can affect mood too. Even so, they added warnings, so never wait to act on a sign.',
      es: 'Si usted o su familia notan alguna de estas señales, deje de tomarla y llame enseguida al médico que se la recetó. Si tiene pensamientos de suicidio o de hacerse daño, use los números de "Busque ayuda ahora". Dejar de tomarla puede no ser suficiente, así que siga en contacto con su médico. Las revisiones de la UE y el Reino Unido no pudieron demostrar que el medicamento cause problemas de ánimo, y el acné grave también puede afectar al ánimo. Aun así, añadieron advertencias, así que nunca espere para actuar ante una señal.',
    },
    severity: 'critical',
    sources: ['nhs', 'fda-medguide', 'fda-absorica-pi', 'ema-2018', 'mhra-review'],
    facts: ['mental-health.nhs-stop', 'mental-health.warning', 'mental-health.ema'],
  },
  {
    id: 'serious.mhra-2023',
    text: {
      en: 'In the UK, your prescriber must talk with you about mental health and sexual side effects. They check your mental and sexual health before you start and during treatment. You sign a form to say you understand the risks.',
      es: 'En el Reino Unido, el médico que se la receta debe hablar con usted sobre la salud mental y los efectos secundarios sexuales. Revisa su salud mental y sexual antes de empezar y durante el tratamiento. Usted firma un formulario para decir que entiende los riesgos.',
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
      es: 'Puede causar efectos secundarios sexuales. Entre ellos están la dificultad para tener una erección, menos deseo sexual, sequedad vaginal y menos sensibilidad en los genitales. Algunas personas dicen que duran después de dejar de tomarla.',
    },
    severity: 'serious',
    sources: ['mhra-2017', 'mhra-review'],
    facts: ['sexual-side-effects'],
  },
  {
    id: 'serious.skull-pressure',
    text: {
      en: 'Rarely, pressure builds up inside the skull, which can cause lasting loss of sight. Tetracycline antibiotics, such as doxycycline, raise this risk, so never take them during isotretinoin treatment.',
      es: 'En casos raros, sube la presión dentro del cráneo, lo que puede causar una pérdida de vista duradera. Los antibióticos del grupo de las tetraciclinas, como la doxiciclina, aumentan este riesgo, así que nunca los tome durante el tratamiento con isotretinoína.',
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
      es: 'En casos raros, causa pancreatitis, una inflamación de un órgano que está cerca del estómago. Puede ser mortal, y puede ocurrir aunque las grasas de la sangre sean normales. Si tiene un dolor de estómago fuerte, deje de tomarla y busque atención médica enseguida.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'nhs'],
    facts: ['pancreatitis'],
  },
  {
    id: 'serious.gut',
    text: {
      en: 'It can damage the liver, the pancreas, the bowel and the food pipe (oesophagus). This damage may not go away after you stop, so act at once on the gut signs under Get help now.',
      es: 'Puede dañar el hígado, el páncreas, el intestino y el esófago (el tubo por el que baja la comida). Este daño puede no desaparecer después de dejar de tomarla, así que actúe enseguida ante las señales del estómago y los intestinos de "Busque ayuda ahora".',
    },
    severity: 'critical',
    sources: ['fda-medguide'],
    facts: ['stop-call.gut'],
  },
  {
    id: 'serious.skin-reactions',
    text: {
      en: 'Rarely, it causes serious skin reactions that can be deadly. Stop taking it and get medical help right away if you get a rash with blisters or peeling skin.',
      es: 'En casos raros, causa reacciones graves de la piel que pueden ser mortales. Deje de tomarla y busque atención médica enseguida si tiene un sarpullido con ampollas o la piel se le pela.',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'fda-2010', 'mhra-2010'],
    facts: ['serious-skin-reactions'],
  },
  {
    id: 'serious.allergy',
    text: {
      en: 'Allergic reactions have been reported, including some that affect the whole body or inflame blood vessels (vasculitis). If you have an allergic reaction, stop taking it and get medical help.',
      es: 'Se han descrito reacciones alérgicas, algunas que afectan a todo el cuerpo o que inflaman los vasos sanguíneos (vasculitis). Si tiene una reacción alérgica, deje de tomarla y busque atención médica.',
    },
    severity: 'critical',
    sources: ['fda-accutane', 'uk-pil'],
    facts: ['allergy'],
  },
  {
    id: 'serious.allergy-soya',
    text: {
      en: "Most capsules are made with soya (soybean) oil, and some also contain peanut oil. Check the ingredients in your brand's leaflet. If you are allergic to soya or peanut, tell your prescriber before you start. UK and EU leaflets say not to take these capsules if you have such an allergy.",
      es: 'La mayoría de las cápsulas llevan aceite de soja (soya), y algunas también aceite de cacahuete (maní, cacahuate). Revise los ingredientes en el prospecto de su marca. Si tiene alergia a la soja o al cacahuete, dígaselo a su médico antes de empezar. Los prospectos del Reino Unido y la UE dicen que no se tomen estas cápsulas si tiene esa alergia.',
    },
    severity: 'critical',
    sources: ['uk-pil', 'nhs'],
    facts: ['allergy'],
  },
  {
    id: 'serious.vision',
    text: {
      en: 'Your night vision can get worse suddenly. Rarely, this does not go away. It can also cause dry eyes, cloudy patches on the eye, and trouble wearing contact lenses.',
      es: 'Su visión nocturna puede empeorar de repente. En casos raros, no se recupera. También puede causar ojos secos, manchas opacas en el ojo y dificultad para usar lentes de contacto (lentillas).',
    },
    severity: 'critical',
    sources: ['fda-absorica-pi', 'eu-smpc'],
    facts: ['vision.night'],
  },
  {
    id: 'serious.hearing',
    text: {
      en: 'It can harm your hearing or cause ringing in your ears. The hearing loss may be permanent.',
      es: 'Puede dañar el oído o causar zumbidos en los oídos. La pérdida de audición puede ser permanente.',
    },
    severity: 'serious',
    sources: ['fda-medguide', 'fda-absorica-pi'],
    facts: ['hearing', 'stop-call.hearing'],
  },
  {
    id: 'serious.blood-fats',
    text: {
      en: 'It can raise the fats in your blood (triglycerides and cholesterol), sometimes a lot. Very high blood fats can lead to pancreatitis. These changes usually go back to normal after stopping.',
      es: 'Puede subir las grasas de la sangre (triglicéridos y colesterol), a veces mucho. Las grasas muy altas en la sangre pueden causar pancreatitis. Estos cambios suelen volver a la normalidad después de dejar de tomarla.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi'],
    facts: ['blood-fats'],
  },
  {
    id: 'serious.liver',
    text: {
      en: 'Liver blood test results often change during treatment, and they usually go back to normal after stopping. Serious liver damage (hepatitis) is rare, but it can happen.',
      es: 'Los resultados de los análisis del hígado cambian a menudo durante el tratamiento, y suelen volver a la normalidad después de dejar de tomarla. El daño grave del hígado (hepatitis) es raro, pero puede ocurrir.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide', 'livertox'],
    facts: ['liver'],
  },
  {
    id: 'serious.bones',
    text: {
      en: 'It can affect bones and joints. It may thin the bones, stop bone growth early in teens, and cause back, joint or muscle pain that can be severe. Teens aged 12 to 17 had more of this pain in a study. If you break a bone, tell every health worker who treats you that you take it.',
      es: 'Puede afectar a los huesos y las articulaciones. Puede debilitar los huesos, frenar antes de tiempo el crecimiento de los huesos en adolescentes y causar dolor de espalda, de articulaciones o de músculos que puede ser fuerte. En un estudio, los adolescentes de 12 a 17 años tuvieron este dolor más a menudo. Si se rompe un hueso, avise de que la toma a todo el personal de salud que vea.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'fda-medguide'],
    facts: ['bones', 'stop-call.muscles-bones'],
  },
  {
    id: 'serious.bowel',
    text: {
      en: 'Labels list inflammatory bowel disease, a long-term swelling of the bowel. The MSD Manual, a guide for doctors, says a link now seems unlikely. Still stop and call your prescriber for bad belly pain or bloody diarrhoea.',
      es: 'La información oficial de los productos incluye la enfermedad inflamatoria intestinal, una inflamación del intestino que dura mucho tiempo. El Manual MSD, una guía para médicos, dice que ahora parece poco probable que haya relación. Aun así, deje de tomarla y llame al médico que se la recetó si tiene un dolor fuerte de vientre o diarrea con sangre.',
    },
    severity: 'serious',
    sources: ['fda-accutane', 'msd'],
    facts: ['ibd'],
  },
  {
    id: 'serious.blood-sugar',
    text: {
      en: 'High blood sugar and new diabetes have been reported. Tell your prescriber if you are very thirsty or pee a lot.',
      es: 'Se han descrito azúcar alto en la sangre y casos nuevos de diabetes. Avise a su médico si tiene mucha sed u orina mucho.',
    },
    severity: 'serious',
    sources: ['absorica-site'],
    facts: ['blood-sugar'],
  },
  {
    id: 'serious.blood-counts',
    text: {
      en: 'Low numbers of white or red blood cells have been reported. Rarely, this is severe.',
      es: 'Se han descrito cifras bajas de glóbulos blancos o rojos. En casos raros, es grave.',
    },
    severity: 'info',
    sources: ['fda-accutane'],
    facts: ['blood-counts'],
  },
];

/** Other serious warnings: what can happen, and what to know about it. */
export const SERIOUS_WARNINGS: Section = {
  kind: 'serious-warnings',
  title: { en: 'Other serious warnings', es: 'Otras advertencias graves' },
  items,
};
