import type { Source } from '../types';

/**
 * Date the source records below were last checked against the facts sheet
 * (`shared/content/isotretinoin-facts.md`, "Source keys"). The build has no network, so URLs are the
 * sheet's own addresses or their canonical form (e.g. a DailyMed setid as a drugInfo.cfm link).
 */
const CHECKED = '2026-11-26';

type SourceRecord = Omit<Source, 'id' | 'checked'>;

/**
 * Every source the bundled content may cite, keyed by id. Where the sheet read a mirror, the record points
 * at the primary it mirrors when the sheet names one, and says "copy on …" in the title when it does not.
 * Where the sheet names only a site (ciplamed.com, absorica.com), the URL is that site's root.
 */
const RECORDS = {
  'fda-absorica-pi': {
    title: 'US prescribing information for Absorica and Absorica LD (DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=3ef0cff8-19c1-4441-b780-fca6c7ee1615',
  },
  'fda-boxed': {
    title: 'US isotretinoin capsules label with boxed warning (DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=72867c88-070f-4608-bfef-cc5225ebce6d',
  },
  'fda-medguide': {
    title: 'Medication Guide for isotretinoin capsules (Amneal, DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=c2917c3d-3499-48a0-ba53-120cb979195d',
  },
  'fda-accutane': {
    title: 'US prescribing information for Accutane (Roche), copy on DrugLib.com',
    publisher: 'DrugLib.com (copy of the FDA-approved label)',
    url: 'https://www.druglib.com/druginfo/accutane/',
  },
  'fda-rems': {
    title: 'iPLEDGE REMS (FDA REMS database)',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=RemsDetails.page&REMS=24',
  },
  'fda-2010': {
    title: 'Isotretinoin: label update on serious skin reactions (FDA MedWatch, 2010)',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm202916.htm',
  },
  medlineplus: {
    title: 'Isotretinoin (MedlinePlus drug information)',
    publisher: 'U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/druginfo/meds/a681043.html',
  },
  nhs: {
    title: 'Isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/',
  },
  'nhs-side-effects': {
    title: 'Side effects of isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/side-effects-of-isotretinoin-capsules/',
  },
  'nhs-questions': {
    title: 'Common questions about isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/common-questions-about-isotretinoin-capsules/',
  },
  'uk-pil': {
    title: 'Isotretinoin capsules: patient information leaflet (UK, emc)',
    publisher: 'electronic medicines compendium (emc)',
    url: 'https://www.medicines.org.uk/emc/product/3871/pil',
  },
  'mhra-2023': {
    title: 'Isotretinoin: new safety measures, including oversight for under-18s (MHRA, 2023)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-roaccutanev-introduction-of-new-safety-measures-including-additional-oversight-of-the-initiation-of-treatment-for-patients-under-18-years-of-age',
  },
  'mhra-review': {
    title: 'Isotretinoin: expert review of suspected psychiatric and sexual side effects (MHRA)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/guidance/isotretinoin-an-expert-review-of-suspected-psychiatric-and-sexual-side-effects',
  },
  'mhra-2017': {
    title: 'Isotretinoin: rare reports of erectile dysfunction and decreased libido (MHRA, 2017)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-roaccutane-rare-reports-of-erectile-dysfunction-and-decreased-libido',
  },
  'mhra-2010': {
    title: 'Isotretinoin: risk of serious skin reactions (MHRA, 2010)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-risk-of-serious-skin-reactions',
  },
  'ema-2018': {
    title: 'Retinoid-containing medicines: review and Pregnancy Prevention Programme (EMA, 2018)',
    publisher: 'European Medicines Agency',
    url: 'https://www.ema.europa.eu/en/medicines/human/referrals/retinoid-containing-medicinal-products',
  },
  'eu-smpc': {
    title: 'EU product information wording for isotretinoin (2010), copy on docslib.org',
    publisher: 'docslib.org (copy of EU product information)',
    url: 'https://docslib.org/doc/837192',
  },
  bnf: {
    title: 'Isotretinoin (British National Formulary)',
    publisher: 'NICE / BNF',
    url: 'https://bnf.nice.org.uk/drugs/isotretinoin/',
  },
  uktis: {
    title: 'Isotretinoin in pregnancy (UK Teratology Information Service)',
    publisher: 'UKTIS',
    url: 'https://www.medicinesinpregnancy.org/Medicine--pregnancy/Isotretinoin-tablets/',
  },
  'nps-oratane': {
    title: 'Oratane capsules: consumer medicine information (Australia)',
    publisher: 'NPS MedicineWise',
    url: 'https://www.nps.org.au/medicine-finder/oratane-capsules',
  },
  aad: {
    title: 'Isotretinoin: side effects (American Academy of Dermatology)',
    publisher: 'American Academy of Dermatology',
    url: 'https://www.aad.org/public/diseases/acne/derm-treat/isotretinoin/side-effects',
  },
  dermnet: {
    title: 'Isotretinoin (DermNet)',
    publisher: 'DermNet',
    url: 'https://dermnetnz.org/topics/isotretinoin',
  },
  livertox: {
    title: 'Isotretinoin (LiverTox, NIH)',
    publisher: 'National Institute of Diabetes and Digestive and Kidney Diseases',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/livertox/Isotretinoin/',
  },
  msd: {
    title: 'Acne vulgaris (MSD Manual, Professional Version)',
    publisher: 'MSD Manuals',
    url: 'https://www.msdmanuals.com/uk/professional/dermatologic-disorders/acne-and-related-disorders/acne-vulgaris',
  },
  ibts: {
    title: 'Acne: blood donor selection guideline (Irish Blood Transfusion Service)',
    publisher: 'Irish Blood Transfusion Service',
    url: 'https://healthprofessionals.giveblood.ie/clinical-services/donor-selection-donation-practice/donor-selection-guidelines/acne-dsg-ibts',
  },
  ebsco: {
    title: 'Isotretinoin: drug and supplement interactions (EBSCO)',
    publisher: 'EBSCO',
    url: 'https://ebsco.com/research-starters/health-and-medicine/isotretinoin-drug-interactions',
  },
  goodrx: {
    title: 'Accutane interactions (GoodRx)',
    publisher: 'GoodRx',
    url: 'https://www.goodrx.com/accutane/interactions',
  },
  'cipla-isotroin': {
    title: "Isotroin prescribing information, on Cipla's medical site (ciplamed.com)",
    publisher: 'Cipla',
    url: 'https://www.ciplamed.com/',
  },
  'absorica-site': {
    title: 'Absorica patient safety information (Sun Pharma)',
    publisher: 'Sun Pharmaceutical Industries',
    url: 'https://www.absorica.com/',
  },
} as const satisfies Record<string, SourceRecord>;

/** Id of a bundled source; content items can only cite these (checked at compile time). */
export type SourceId = keyof typeof RECORDS;

/** All bundled sources, in declaration order. */
export const SOURCES: readonly Source[] = Object.entries(RECORDS).map(([id, record]) => ({
  id,
  ...record,
  checked: CHECKED,
}));
