import type { Section } from '../../types';
import type { Item } from './item';

// Order matters: the boxed warning is the first warning a reader sees, and the region-less birth-control
// line comes straight after it, so every region's hover card has it (DESIGN.md "Content rules"). The first
// line says "not while pregnant, and no pregnancy from 1 month before to 1 month after" (FDA: "must not
// be used by patients who are or may become pregnant"), never "not if you could get pregnant", which
// would tell everyone who can get pregnant that the medicine is forbidden (facts sheet section 12).
const items: readonly Item[] = [
  {
    id: 'pregnancy.boxed',
    text: {
      en: 'Do not take isotretinoin while you are pregnant. Do not get pregnant from 1 month before you start until at least 1 month after you stop. Even a small amount, for a short time, can cause severe birth defects.',
      es: 'No tome isotretinoína si está embarazada. No debe quedar embarazada desde 1 mes antes de empezar hasta al menos 1 mes después de dejar de tomarla. Incluso una cantidad pequeña, durante poco tiempo, puede causar defectos de nacimiento graves.',
    },
    severity: 'critical',
    sources: ['fda-boxed', 'fda-medguide', 'nhs-pregnancy'],
    facts: ['pregnancy.boxed', 'pregnancy.first-line', 'gaps.pregnancy'],
    inSummary: true,
  },
  {
    id: 'pregnancy.birth-control',
    text: {
      en: 'If you could get pregnant, you can only take it with reliable birth control (contraception). Use it from 1 month before you start until at least 1 month after you stop. If the leaflet with your medicine says to keep using it for longer, do that. You also need pregnancy tests.',
      es: 'Si puede quedar embarazada, solo puede tomarla si usa anticonceptivos eficaces (métodos anticonceptivos). Úselos desde 1 mes antes de empezar hasta al menos 1 mes después de dejar de tomarla. Si el prospecto (folleto) de su medicamento dice que los use durante más tiempo, hágalo. También necesita pruebas de embarazo.',
    },
    severity: 'critical',
    sources: ['fda-boxed', 'ema-2018', 'nhs-pregnancy', 'cipla-isotroin'],
    facts: ['contraception.everywhere'],
    inSummary: true,
  },
  {
    id: 'pregnancy.stop-if-pregnant',
    text: {
      en: 'Stop taking it and call your prescriber right away if you get pregnant or miss a period. Also call if you had sex without using your birth control the way you agreed, during treatment or in the month after you stop. They may talk with you about emergency contraception.',
      es: 'Deje de tomarla y llame enseguida al médico que se la recetó si queda embarazada o le falta la regla. Llame también si tuvo relaciones sexuales sin usar su anticonceptivo como acordó con su médico, durante el tratamiento o en el mes siguiente a dejar de tomarla. El médico puede hablarle de la anticoncepción de emergencia.',
    },
    severity: 'critical',
    sources: ['fda-medguide', 'fda-boxed', 'nhs-pregnancy'],
    facts: ['pregnancy.stop-if-pregnant', 'pregnancy.when-to-call'],
  },
  {
    id: 'pregnancy.defects',
    text: {
      en: 'Babies can be born with problems of the face, eyes, ears, skull, brain, heart and some glands. Some children have had a low IQ. It also raises the chance of losing the baby or of an early birth.',
      es: 'Los bebés pueden nacer con problemas en la cara, los ojos, los oídos, el cráneo, el cerebro, el corazón y algunas glándulas. Algunos niños han tenido un coeficiente intelectual (CI) bajo. También aumenta el riesgo de perder el embarazo o de un parto prematuro.',
    },
    severity: 'critical',
    sources: ['fda-medguide', 'fda-boxed', 'cipla-isotroin'],
    facts: ['pregnancy.defects'],
  },
  {
    id: 'pregnancy.no-safe-time',
    text: {
      en: 'No time in pregnancy is known to be safe. Less than 1 week of use has been linked to birth defects. No test can tell if an unborn baby has been harmed.',
      es: 'No se conoce ningún momento del embarazo en que tomarla sea seguro. Usarla menos de 1 semana se ha relacionado con defectos de nacimiento. Ninguna prueba puede mostrar si el bebé antes de nacer ha sufrido daño.',
    },
    severity: 'critical',
    sources: ['uktis', 'fda-boxed'],
    facts: ['pregnancy.no-safe-amount', 'pregnancy.boxed'],
  },
  {
    id: 'pregnancy.uktis-numbers',
    text: {
      en: 'UK experts (the UK Teratology Information Service) give these numbers. About 3 in 10 exposed pregnancies that carry on end in miscarriage. Up to about 1 in 5 babies exposed early have birth defects or problems with development, such as learning difficulties. The experts warn that the real numbers may be higher.',
      es: 'Unos expertos del Reino Unido (UK Teratology Information Service, UKTIS) dan estas cifras. Unos 3 de cada 10 embarazos expuestos al medicamento que siguen adelante terminan en aborto espontáneo. Hasta cerca de 1 de cada 5 bebés expuestos al principio del embarazo tienen defectos de nacimiento o problemas de desarrollo, como dificultades de aprendizaje. Los expertos advierten que las cifras reales pueden ser más altas.',
    },
    severity: 'serious',
    sources: ['uktis'],
    facts: ['pregnancy.no-safe-amount'],
  },
  {
    id: 'pregnancy.ipledge',
    text: {
      en: 'In the US, you can only get it through a safety program called iPLEDGE. You, your prescriber and your pharmacy must all sign up. Never buy it online.',
      es: 'En Estados Unidos, solo se puede conseguir a través de un programa de seguridad llamado iPLEDGE. Usted, el médico que se la recetó y su farmacia deben inscribirse. Nunca la compre por internet.',
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
      en: 'iPLEDGE, if you can get pregnant: use 2 kinds of birth control together, and at least 1 must be a "primary" kind. Start 1 month before, use them the whole time, and keep going for 1 month after you stop.',
      es: 'iPLEDGE, si puede quedar embarazada: use 2 tipos de anticonceptivos a la vez, y al menos 1 debe ser de tipo "primario". Empiece 1 mes antes, úselos todo el tiempo y siga 1 mes después de dejar de tomarla.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'fda-medguide', 'medlineplus'],
    regions: ['US'],
    facts: ['pregnancy.ipledge-rules'],
  },
  {
    id: 'pregnancy.ipledge-primary',
    text: {
      en: "Primary kinds work very well. They are an IUD (coil), an implant, having your tubes tied, or a partner's vasectomy. Hormone methods count too: the combined pill (not the minipill), the shot, the patch or the ring. Condoms and diaphragms are secondary kinds, used along with a primary kind. Instead of birth control, iPLEDGE lets you promise not to have sex at all (abstinence). You still need the pregnancy tests, and if you do have sex, call your prescriber right away.",
      es: 'Los tipos primarios funcionan muy bien. Son el DIU (dispositivo intrauterino), el implante, la ligadura de trompas o la vasectomía de la pareja. Los métodos con hormonas también cuentan: la píldora anticonceptiva combinada (no la minipíldora), la inyección, el parche o el anillo vaginal. Los preservativos (condones) y los diafragmas son tipos secundarios, que se usan junto con uno primario. En lugar de anticonceptivos, iPLEDGE le permite comprometerse a no tener ninguna relación sexual (abstinencia). Aun así necesita las pruebas de embarazo, y si tiene relaciones sexuales, llame enseguida al médico que se la recetó.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'fda-medguide'],
    regions: ['US'],
    facts: ['pregnancy.ipledge-rules'],
  },
  {
    id: 'pregnancy.ipledge-tests',
    text: {
      en: 'iPLEDGE also needs 2 negative pregnancy tests (showing you are not pregnant) before you start. They must be at least 19 days apart. Then you need a test each month. You get at most 30 days of medicine at a time, with no refills. You must pick it up within 7 days of your test.',
      es: 'iPLEDGE también pide 2 pruebas de embarazo negativas (que muestran que no está embarazada) antes de empezar. Debe haber al menos 19 días entre una y otra. Después necesita una prueba cada mes. Cada vez recibe como máximo 30 días de medicamento, y la receta no se puede repetir. Debe recogerlo en los 7 días siguientes a su prueba.',
    },
    severity: 'critical',
    sources: ['fda-rems', 'medlineplus'],
    regions: ['US'],
    facts: ['pregnancy.ipledge-rules'],
  },
  {
    id: 'pregnancy.ipledge-2026',
    text: {
      en: 'News reports say the FDA approved changes to iPLEDGE in February 2026, starting in about August 2026. Your prescriber may then let you do pregnancy tests at home during and after treatment. The tests before you start must still be done at a clinic or lab. If you miss the 7-day pick-up window, you no longer wait 19 days for a new test. Ask your prescriber or pharmacist which rules apply to you now.',
      es: 'Según noticias de prensa, la FDA aprobó cambios en iPLEDGE en febrero de 2026, que empiezan hacia agosto de 2026. Desde entonces, el médico que se la recetó podrá permitirle hacer las pruebas de embarazo en casa durante y después del tratamiento. Las pruebas antes de empezar se seguirán haciendo en una clínica o un laboratorio. Si no recoge el medicamento en el plazo de 7 días, ya no tendrá que esperar 19 días para una nueva prueba. Pregunte al médico que se la recetó o al farmacéutico qué normas se aplican a usted ahora.',
    },
    severity: 'info',
    sources: ['dermatology-times-2026', 'aars-2026'],
    regions: ['US'],
    facts: ['ipledge-2026'],
  },
  {
    id: 'pregnancy.ppp',
    text: {
      en: 'In the UK and EU, a Pregnancy Prevention Programme applies if you can get pregnant. It has strict rules for birth control and pregnancy tests, and your prescriber goes through them with you before you start.',
      es: 'En el Reino Unido y la UE, si puede quedar embarazada, se aplica un Programa de Prevención de Embarazos. Tiene normas estrictas sobre anticonceptivos y pruebas de embarazo, y el médico que se la recetó las revisa con usted antes de empezar.',
    },
    severity: 'critical',
    sources: ['ema-2018', 'uktis', 'nhs-pregnancy'],
    regions: ['UK', 'EU'],
    facts: ['pregnancy.ppp'],
    inSummary: true,
  },
  {
    id: 'pregnancy.ppp-methods',
    text: {
      en: 'Its birth control rule: use 1 very reliable method that works without you having to remember it, like a coil (IUD) or an implant. Or use 2 methods that work in different ways, such as the combined pill plus a condom. Condoms alone are not enough. The NHS also names the birth control injection, so ask your prescriber if your method is enough on its own. You need this even if you are not having sex or have no periods, unless your prescriber says you do not.',
      es: 'Su norma sobre anticonceptivos: use 1 método muy eficaz que funcione sin que tenga que acordarse de él, como un DIU (dispositivo intrauterino) o un implante. O use 2 métodos que actúen de forma distinta, como la píldora combinada más un preservativo. Los preservativos solos no bastan. El NHS británico también incluye la inyección anticonceptiva, así que pregunte al médico que se la recetó si su método basta por sí solo. Debe cumplirla aunque no tenga relaciones sexuales o no tenga la regla, salvo que su médico le diga que no.',
    },
    severity: 'critical',
    sources: ['ema-2018', 'uk-pil', 'nhs-pregnancy', 'bnf'],
    regions: ['UK', 'EU'],
    facts: ['pregnancy.ppp-methods', 'pregnancy.ppp'],
  },
  {
    id: 'pregnancy.ppp-tests',
    text: {
      en: 'You need a pregnancy test before you start, before each monthly prescription, and about 1 month after you stop. The British National Formulary (BNF), a UK guide for prescribers, says 5 weeks after. Each prescription is for at most 30 days.',
      es: 'Necesita una prueba de embarazo antes de empezar, antes de cada receta mensual y alrededor de 1 mes después de dejar de tomarla. El British National Formulary (BNF), una guía del Reino Unido para quienes recetan, dice 5 semanas después. Cada receta es como máximo para 30 días.',
    },
    severity: 'critical',
    sources: ['ema-2018', 'bnf', 'uktis', 'nhs-pregnancy'],
    regions: ['UK', 'EU'],
    facts: ['pregnancy.ppp'],
  },
  {
    id: 'pregnancy.minipill',
    text: {
      en: 'The "minipill" (the progestogen-only pill, which has just one hormone) is not enough birth control with this medicine.',
      es: 'La "minipíldora" (la píldora de solo progestágeno, que tiene una sola hormona) no es un anticonceptivo suficiente con este medicamento.',
    },
    severity: 'critical',
    sources: ['bnf', 'fda-accutane'],
    facts: ['pregnancy.minipill', 'interactions.minipill'],
  },
  {
    id: 'pregnancy.men',
    text: {
      en: "Men who take it do not need birth control for the medicine's sake, and it is not a kind of birth control. Only tiny amounts get into semen, far too little to harm a partner's pregnancy. The NHS says men can take it while trying for a baby or while a partner is pregnant.",
      es: 'Los hombres que la toman no necesitan usar anticonceptivos a causa del medicamento, y la isotretinoína no es un anticonceptivo. Solo pasan cantidades muy pequeñas al semen, demasiado poco para dañar el embarazo de la pareja. El NHS británico dice que los hombres pueden tomarla mientras buscan un bebé o mientras su pareja está embarazada.',
    },
    severity: 'info',
    sources: ['nhs-pregnancy'],
    facts: ['men-partner'],
  },
  {
    id: 'pregnancy.wait-after',
    text: {
      en: 'How long to wait after stopping before trying for a baby differs. US, UK and EU labels say 1 month. The Isotroin label from India says 6 months. Follow the leaflet that came with your medicine.',
      es: 'El tiempo que hay que esperar entre dejar de tomarla y buscar un bebé varía. La información oficial de Estados Unidos, el Reino Unido y la UE dice 1 mes. La de Isotroin, de la India, dice 6 meses. Siga el prospecto que venía con su medicamento.',
    },
    severity: 'serious',
    sources: ['fda-absorica-pi', 'ema-2018', 'cipla-isotroin'],
    facts: ['pregnancy.wait-after'],
  },
  {
    id: 'pregnancy.no-breastfeeding',
    text: {
      en: 'Do not breastfeed while you take it. It is likely to pass into breast milk and may harm your baby. There is no published information on its safety for a breastfed baby. If you are breastfeeding, tell your prescriber before you start.',
      es: 'No dé el pecho mientras la toma. Es probable que pase a la leche materna y puede dañar a su bebé. No hay información publicada sobre su seguridad para un bebé que toma el pecho. Si está dando el pecho, dígaselo a su médico antes de empezar.',
    },
    severity: 'critical',
    // LactMed (official): no published information on use in breastfeeding. "Do not breastfeed" and
    // "likely to pass into milk" come from the UK leaflet text read on drugs.com/uk (a copy): the sheet's
    // own sources for this fact (Oratane CMI, Neotrex/Clarus) are not bundled yet. TODO: cite the emc
    // leaflet or the TGA-hosted Oratane CMI once someone has read its breastfeeding section.
    sources: ['lactmed', 'uk-pil-copy'],
    facts: ['pregnancy.no-breastfeeding'],
  },
];

/** Pregnancy and birth defects: the boxed warning, always right after "what it is". */
export const PREGNANCY: Section = {
  kind: 'pregnancy',
  title: {
    en: 'Pregnancy: it can cause severe birth defects',
    es: 'Embarazo: puede causar defectos de nacimiento graves',
  },
  items,
};
