import type { Source } from '../types';

// Dates on which the statements were written from stored copies of the sources' texts (facts sheet
// section 12, "Dates must be honest"): sections 1–11 of the sheet were read on 2026-11-25, section 12 and
// the pages read for this content (NHS pregnancy page, LactMed, the 999/112 pages, the NHS stroke page,
// Samaritans, the 2026 iPLEDGE reports) on 2026-12-01. None of the links has been opened live: README
// "Content", known gap.
const SHEET_READ = '2026-11-25';
const REVIEW_READ = '2026-12-01';

type SourceRecord = Omit<Source, 'id'>;

/**
 * Every source the bundled content may cite, keyed by id. `url` is the document's own address; where the
 * text was read from a mirror, `readVia` says which (facts sheet, "Source keys"). Official hosts are
 * listed once, in medications/official-sources.ts.
 */
const RECORDS = {
  'fda-absorica-pi': {
    title: 'US prescribing information for Absorica and Absorica LD (DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=3ef0cff8-19c1-4441-b780-fca6c7ee1615',
    readOn: REVIEW_READ,
    readVia: 'copies on rxreasoner.com, medlibrary.org, prescriberpoint.com and vdocuments.site',
  },
  'fda-boxed': {
    title: 'US isotretinoin capsules label with boxed warning (DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=72867c88-070f-4608-bfef-cc5225ebce6d',
    readOn: REVIEW_READ,
    readVia: 'the same label record on api.fda.gov (openFDA)',
  },
  'fda-medguide': {
    title: 'Medication Guide for isotretinoin capsules (Amneal, DailyMed)',
    publisher: 'U.S. National Library of Medicine / FDA',
    url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=c2917c3d-3499-48a0-ba53-120cb979195d',
    readOn: REVIEW_READ,
  },
  'fda-accutane': {
    title: 'US prescribing information for Accutane (Roche), FDA application 018662 (Drugs@FDA)',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=018662',
    readOn: REVIEW_READ,
    readVia: 'a copy of the Roche label on druglib.com (label of 2009 or earlier)',
  },
  'fda-rems': {
    title: 'iPLEDGE REMS (FDA REMS database)',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=RemsDetails.page&REMS=24',
    readOn: REVIEW_READ,
  },
  // The iPLEDGE changes of February 2026 (facts sheet section 3: "reported by Dermatology Times, Lachman
  // Consultants, AARS; verify on fda.gov"). Not yet read on fda.gov: the card says "news reports say".
  'dermatology-times-2026': {
    title: 'FDA updates iPLEDGE REMS with new modifications for pregnancy testing and prescription windows',
    publisher: 'Dermatology Times',
    url: 'https://www.dermatologytimes.com/view/fda-updates-ipledge-rems-with-new-modifications-for-pregnancy-testing-and-prescription-windows',
    readOn: REVIEW_READ,
  },
  'aars-2026': {
    title: 'FDA orders REMS modifications for iPLEDGE (American Acne & Rosacea Society)',
    publisher: 'American Acne & Rosacea Society',
    url: 'https://acneandrosacea.org/uncategorized/fda-orders-rems-modifications-for-ipledge/',
    readOn: REVIEW_READ,
  },
  'fda-2010': {
    title: 'Isotretinoin: label update on serious skin reactions (FDA MedWatch, 2010)',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm202916.htm',
    readOn: SHEET_READ,
  },
  medlineplus: {
    title: 'Isotretinoin (MedlinePlus drug information)',
    publisher: 'U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/druginfo/meds/a681043.html',
    readOn: SHEET_READ,
    readVia: "a copy of the MedlinePlus text in chnola.org's health library",
  },
  nhs: {
    title: 'Isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/',
    readOn: REVIEW_READ,
  },
  'nhs-side-effects': {
    title: 'Side effects of isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/side-effects-of-isotretinoin-capsules/',
    readOn: SHEET_READ,
  },
  'nhs-questions': {
    title: 'Common questions about isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/common-questions-about-isotretinoin-capsules/',
    readOn: SHEET_READ,
  },
  'nhs-pregnancy': {
    title: 'Pregnancy, breastfeeding and fertility while taking isotretinoin capsules (NHS)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/medicines/isotretinoin-capsules/pregnancy-breastfeeding-and-fertility-while-taking-isotretinoin-capsules/',
    readOn: REVIEW_READ,
  },
  'uk-pil-copy': {
    title: 'Isotretinoin soft capsules: UK patient leaflet, copy on drugs.com/uk',
    publisher: 'Drugs.com (copy of a UK patient leaflet)',
    url: 'https://www.drugs.com/uk/isotretinoin-20-mg-soft-capsules-leaflet.html',
    readOn: REVIEW_READ,
  },
  'uk-pil': {
    title: 'Isotretinoin capsules: patient information leaflet (UK, emc)',
    publisher: 'electronic medicines compendium (emc)',
    url: 'https://www.medicines.org.uk/emc/product/3871/pil',
    readOn: REVIEW_READ,
  },
  'mhra-2023': {
    title: 'Isotretinoin: new safety measures, including oversight for under-18s (MHRA, 2023)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-roaccutanev-introduction-of-new-safety-measures-including-additional-oversight-of-the-initiation-of-treatment-for-patients-under-18-years-of-age',
    readOn: SHEET_READ,
  },
  'mhra-review': {
    title: 'Isotretinoin: expert review of suspected psychiatric and sexual side effects (MHRA)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/guidance/isotretinoin-an-expert-review-of-suspected-psychiatric-and-sexual-side-effects',
    readOn: SHEET_READ,
  },
  'mhra-2017': {
    title: 'Isotretinoin: rare reports of erectile dysfunction and decreased libido (MHRA, 2017)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-roaccutane-rare-reports-of-erectile-dysfunction-and-decreased-libido',
    readOn: SHEET_READ,
  },
  'mhra-2010': {
    title: 'Isotretinoin: risk of serious skin reactions (MHRA, 2010)',
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    url: 'https://www.gov.uk/drug-safety-update/isotretinoin-risk-of-serious-skin-reactions',
    readOn: SHEET_READ,
  },
  'ema-2018': {
    title: 'Retinoid-containing medicines: review and Pregnancy Prevention Programme (EMA, 2018)',
    publisher: 'European Medicines Agency',
    url: 'https://www.ema.europa.eu/en/medicines/human/referrals/retinoid-containing-medicinal-products',
    readOn: REVIEW_READ,
  },
  'eu-smpc': {
    // TODO(before a store release): replace with the wording's official address (CMDh/HMA) or a current
    // national SmPC once someone has opened it; the stored copy was only found on docslib.org.
    title: 'EU product information wording for isotretinoin (CMDh/PhVWP, 2010), copy on docslib.org',
    publisher: 'docslib.org (copy of EU product information)',
    url: 'https://docslib.org/doc/837192',
    readOn: SHEET_READ,
    readVia: 'docslib.org copies (docs 837192 and 4895741); official address not known',
  },
  bnf: {
    title: 'Isotretinoin (British National Formulary)',
    publisher: 'NICE / BNF',
    url: 'https://bnf.nice.org.uk/drugs/isotretinoin/',
    readOn: REVIEW_READ,
    readVia: 'a copy of a printed BNF edition on issuhub.com',
  },
  uktis: {
    title: 'Isotretinoin in pregnancy (UK Teratology Information Service)',
    publisher: 'UKTIS',
    url: 'https://www.medicinesinpregnancy.org/Medicine--pregnancy/Isotretinoin-tablets/',
    readOn: REVIEW_READ,
  },
  lactmed: {
    title: 'Isotretinoin (LactMed, drugs and lactation database, NIH)',
    publisher: 'U.S. National Library of Medicine',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501634/',
    readOn: REVIEW_READ,
  },
  aad: {
    title: 'Isotretinoin: side effects (American Academy of Dermatology)',
    publisher: 'American Academy of Dermatology',
    url: 'https://www.aad.org/public/diseases/acne/derm-treat/isotretinoin/side-effects',
    readOn: SHEET_READ,
  },
  dermnet: {
    title: 'Isotretinoin (DermNet)',
    publisher: 'DermNet',
    url: 'https://dermnetnz.org/topics/isotretinoin',
    readOn: SHEET_READ,
  },
  livertox: {
    title: 'Isotretinoin (LiverTox, NIH)',
    publisher: 'National Institute of Diabetes and Digestive and Kidney Diseases',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/livertox/Isotretinoin/',
    readOn: SHEET_READ,
  },
  msd: {
    title: 'Acne vulgaris (MSD Manual, Professional Version)',
    publisher: 'MSD Manuals',
    url: 'https://www.msdmanuals.com/uk/professional/dermatologic-disorders/acne-and-related-disorders/acne-vulgaris',
    readOn: SHEET_READ,
  },
  ibts: {
    title: 'Acne: blood donor selection guideline (Irish Blood Transfusion Service)',
    publisher: 'Irish Blood Transfusion Service',
    url: 'https://healthprofessionals.giveblood.ie/clinical-services/donor-selection-donation-practice/donor-selection-guidelines/acne-dsg-ibts',
    readOn: SHEET_READ,
  },
  ebsco: {
    title: 'Isotretinoin: drug and supplement interactions (EBSCO)',
    publisher: 'EBSCO',
    url: 'https://ebsco.com/research-starters/health-and-medicine/isotretinoin-drug-interactions',
    readOn: SHEET_READ,
  },
  goodrx: {
    title: 'Accutane interactions (GoodRx)',
    publisher: 'GoodRx',
    url: 'https://www.goodrx.com/accutane/interactions',
    readOn: SHEET_READ,
  },
  'cipla-isotroin': {
    title: "Isotroin prescribing information, on Cipla's medical site (ciplamed.com)",
    publisher: 'Cipla',
    url: 'https://www.ciplamed.com/',
    readOn: REVIEW_READ,
  },
  'absorica-site': {
    title: 'Absorica patient safety information (Sun Pharma, the maker’s site)',
    publisher: 'Sun Pharmaceutical Industries',
    url: 'https://www.absorica.com/',
    readOn: SHEET_READ,
  },
  // Emergency and crisis numbers (medications/contacts.ts).
  'lifeline-988': {
    title: '988 Suicide & Crisis Lifeline: call or text 988 (US)',
    publisher: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org/',
    readOn: REVIEW_READ,
  },
  samaritans: {
    title: 'Contact Samaritans: call free on 116 123 (UK and Ireland)',
    publisher: 'Samaritans',
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    readOn: REVIEW_READ,
  },
  'nhs-999': {
    title: 'When to call 999, and NHS 111 (South Western Ambulance Service NHS Foundation Trust)',
    publisher: 'NHS',
    url: 'https://www.swast.nhs.uk/when-to-call-999',
    readOn: REVIEW_READ,
  },
  'nhs-stroke': {
    title: 'Recognising stroke in other people: the FAST test (North West Ambulance Service NHS Trust)',
    publisher: 'NHS',
    url: 'https://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/',
    readOn: REVIEW_READ,
    readVia: 'a stored copy of the same page at its http:// address',
  },
  // Read for the Spanish card (2026-12-01): the 988 Lifeline's own page on what happens when you call or
  // text (Spanish-language: press 2, or text AYUDA), and the Mexican government's page on 911.
  'lifeline-988-es': {
    title: '988 Lifeline: what to expect when you call or text (Spanish: press 2, or text AYUDA)',
    publisher: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org/get-help/what-to-expect',
    readOn: REVIEW_READ,
  },
  'mx-911': {
    title: '088 y 911: el 911, número único nacional de emergencias en México (Policía Federal, gob.mx)',
    publisher: 'Gobierno de México (Policía Federal)',
    url: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado?idiom=es',
    readOn: REVIEW_READ,
    lang: 'es',
  },
  'eu-112': {
    // The stored copy is the Commission's older 112 page; its current page may have moved.
    title: '112, the single European emergency number (European Commission)',
    publisher: 'European Commission',
    url: 'https://ec.europa.eu/information_society/activities/112/actions/index_en.htm',
    readOn: REVIEW_READ,
  },
} as const satisfies Record<string, SourceRecord>;

/** Id of a bundled source; content items can only cite these (checked at compile time). */
export type SourceId = keyof typeof RECORDS;

/** All bundled sources, in declaration order. */
export const SOURCES: readonly Source[] = Object.entries(RECORDS).map(([id, record]) => ({ id, ...record }));
