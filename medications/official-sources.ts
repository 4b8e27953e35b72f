import type { Source } from './types';

/**
 * A regulator's or public health service's web host whose documents count as official sources (facts
 * sheet section 12, "Sources: quality rules"). Subdomains count (`www.`, `healthprofessionals.`, an NHS
 * trust's `*.nhs.uk`); `pathPrefix` narrows a host that also serves other things.
 */
export interface OfficialHost {
  readonly host: string;
  readonly pathPrefix?: string;
  /** Who publishes there, and why it counts. */
  readonly owner: string;
}

/**
 * The one list of official hosts. Every safety-critical statement must cite at least one source here
 * (isotretinoin/coverage.test.ts). Mirrors (druglib, docslib, issuhub, medlibrary, rxreasoner),
 * commercial sites (GoodRx, BuzzRx, absorica.com), clinic pages and encyclopaedias (EBSCO) never go on it.
 */
export const OFFICIAL_HOSTS: readonly OfficialHost[] = [
  {
    host: 'dailymed.nlm.nih.gov',
    owner: 'US National Library of Medicine: FDA labels and Medication Guides',
  },
  { host: 'fda.gov', owner: 'US Food and Drug Administration (incl. accessdata.fda.gov, Drugs@FDA, REMS)' },
  { host: 'medlineplus.gov', owner: 'US National Library of Medicine: patient drug information' },
  {
    host: 'ncbi.nlm.nih.gov',
    pathPrefix: '/books/',
    owner: 'US National Library of Medicine Bookshelf: LiverTox and LactMed (NIH databases)',
  },
  { host: 'nhs.uk', owner: 'NHS (England) and its trusts' },
  { host: 'medicines.org.uk', pathPrefix: '/emc/', owner: 'emc: UK licensed leaflets (PIL) and SmPCs' },
  { host: 'gov.uk', owner: 'UK government, incl. the MHRA (Drug Safety Update, Yellow Card)' },
  { host: 'ema.europa.eu', owner: 'European Medicines Agency' },
  { host: 'ec.europa.eu', owner: 'European Commission' },
  { host: 'tga.gov.au', owner: 'Therapeutic Goods Administration (Australia)' },
  { host: 'healthdirect.gov.au', owner: 'healthdirect (Australian government health information)' },
  { host: 'canada.ca', owner: 'Government of Canada, incl. the Health Canada Drug Product Database' },
  {
    host: 'medicinesinpregnancy.org',
    owner: 'UK Teratology Information Service (UKTIS), the national service commissioned by UKHSA',
  },
  { host: 'giveblood.ie', owner: 'Irish Blood Transfusion Service (statutory national blood service)' },
  {
    host: 'cima.aemps.es',
    owner:
      'AEMPS (Spanish Agency of Medicines), CIMA: Spanish leaflets (prospectos) and SmPCs (fichas técnicas)',
  },
  { host: 'gob.mx', owner: 'Government of Mexico, incl. COFEPRIS and the national 911 emergency service' },
];

/**
 * Hosts that must never be cited: NPS MedicineWise (Australia) closed in 2023 and its consumer pages
 * are gone (cite the TGA or healthdirect instead).
 */
export const RETIRED_HOSTS: readonly string[] = ['nps.org.au'];

function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/** The official host a source's URL is on, or undefined when it is a secondary source. */
export function officialHostOf(source: Pick<Source, 'url'>): OfficialHost | undefined {
  const url = new URL(source.url);
  return OFFICIAL_HOSTS.find(
    (official) =>
      hostMatches(url.hostname, official.host) &&
      (!official.pathPrefix || url.pathname.startsWith(official.pathPrefix)),
  );
}

/** Whether a source is an official document (on `OFFICIAL_HOSTS`). */
export function isOfficialSource(source: Pick<Source, 'url'>): boolean {
  return officialHostOf(source) !== undefined;
}

/** Whether a source is on a retired host (never to be cited). */
export function isRetiredSource(source: Pick<Source, 'url'>): boolean {
  const { hostname } = new URL(source.url);
  return RETIRED_HOSTS.some((host) => hostMatches(hostname, host));
}
