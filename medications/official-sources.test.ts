// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isOfficialSource, isRetiredSource, officialHostOf } from './official-sources';
import { MEDICATION_CONTENT } from './registry-content';

describe('official host list', () => {
  it.each([
    'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=x',
    'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm',
    'https://www.nhs.uk/medicines/isotretinoin-capsules/',
    'https://www.swast.nhs.uk/when-to-call-999',
    'https://www.medicines.org.uk/emc/product/3871/pil',
    'https://www.gov.uk/drug-safety-update/x',
    'https://www.ncbi.nlm.nih.gov/books/NBK501634/',
    'https://cima.aemps.es/cima/dochtml/p/12345/P_12345.html',
    'https://www.gob.mx/cofepris',
    'https://medlineplus.gov/spanish/druginfo/meds/a681043-es.html',
  ])('counts %s as official', (url) => {
    expect(isOfficialSource({ url })).toBe(true);
  });

  it.each([
    'https://www.druglib.com/druginfo/accutane/',
    'https://docslib.org/doc/837192',
    'https://www.goodrx.com/accutane/interactions',
    'https://www.absorica.com/',
    'https://ebsco.com/research-starters/x',
    // Look-alike hosts and paths outside the official part of a host.
    'https://nhs.uk.example.com/medicines/',
    'https://notnhs.uk/medicines/',
    'https://www.medicines.org.uk/about',
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7772596/',
    // Copies of Spanish and Mexican labels on mirrors and listing sites are not the regulator's text.
    'http://www.mufel.net/plm/prods/36114.htm',
    'https://es.studenta.com/content/139090232/76045-ft',
    'https://cima.aemps.es.example.com/cima/',
  ])('does not count %s as official', (url) => {
    expect(isOfficialSource({ url })).toBe(false);
  });

  it('names who publishes on each official host', () => {
    expect(officialHostOf({ url: 'https://www.ema.europa.eu/en/x' })?.owner).toMatch(
      /European Medicines Agency/,
    );
  });

  it('treats NPS MedicineWise (closed in 2023) as retired', () => {
    expect(isRetiredSource({ url: 'https://www.nps.org.au/medicine-finder/oratane-capsules' })).toBe(true);
    expect(isRetiredSource({ url: 'https://www.tga.gov.au/news' })).toBe(false);
  });
});

describe.each(Object.values(MEDICATION_CONTENT))('$id sources', (med) => {
  it('cites no retired source (NPS MedicineWise)', () => {
    const retired = med.sources.filter(
      (s) => isRetiredSource(s) || /\bNPS\b|MedicineWise/i.test(`${s.title} ${s.publisher}`),
    );
    expect(retired.map((s) => s.id)).toEqual([]);
  });

  it('never claims a check that did not happen: no "checked" field or wording, an honest read date', () => {
    for (const source of med.sources) {
      expect(Object.keys(source), source.id).not.toContain('checked');
      for (const value of Object.values(source)) {
        expect(String(value), source.id).not.toMatch(/\b(checked|verified)\b/i);
      }
      expect(source.readOn, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.readOn <= med.lastReviewed, source.id).toBe(true);
    }
  });
});
