/**
 * The safety-critical ([SC]) facts of `facts.md` (a copy of `shared/content/isotretinoin-facts.md`), one
 * stable id each, with a phrase that occurs only in that fact's line of the sheet. Items cite these ids in
 * `facts`. Section 11 facts ("what a typical article leaves out") are lists of other facts: they count as
 * covered only when every listed fact (`needs`) is. The sheet's legend line also contains "[SC]", so the
 * sheet holds 46 markers but 45 facts. Used by coverage.test.ts and the content report.
 */
export interface ScFact {
  /** A phrase found in exactly one `- [SC]` line of the sheet. */
  readonly sheet: string;
  /** For a list of other facts: the fact ids that must all be covered. */
  readonly needs?: readonly string[];
}

export const SC_FACTS: Readonly<Record<string, ScFact>> = {
  // 1–11: the first sheet.
  'what-it-is.prescription-retinoid': { sheet: 'Prescription-only oral retinoid' },
  'pregnancy.boxed': { sheet: 'US boxed warning: it can cause severe' },
  'pregnancy.defects': { sheet: 'Documented defects affect the face' },
  'pregnancy.no-safe-amount': { sheet: 'UKTIS: there is no known "safe" exposure' },
  'pregnancy.stop-if-pregnant': { sheet: 'If pregnancy occurs, stop at once' },
  'pregnancy.ipledge': { sheet: 'US iPLEDGE REMS: patients, prescribers' },
  'pregnancy.ipledge-rules': { sheet: 'iPLEDGE, patients who can get pregnant' },
  'pregnancy.ppp': { sheet: 'EU/UK Pregnancy Prevention Programme' },
  'pregnancy.minipill': { sheet: 'The progestogen-only "minipill" is not adequate' },
  'pregnancy.no-breastfeeding': { sheet: 'Do not breastfeed during treatment' },
  'mental-health.warning': { sheet: '**Mental health.**' },
  'mental-health.nhs-stop': { sheet: 'NHS: if you feel depressed' },
  'mental-health.mhra-2023': { sheet: '**MHRA 2023 (UK) measures:**' },
  'intracranial-pressure': { sheet: '**Raised pressure in the skull** (pseudotumor' },
  pancreatitis: { sheet: '**Acute pancreatitis**' },
  'vision.night': { sheet: '**Vision.** Night vision' },
  'serious-skin-reactions': { sheet: '**Serious skin reactions**' },
  allergy: { sheet: '**Allergy.**' },
  'interactions.tetracyclines': { sheet: '**Tetracyclines**' },
  'interactions.vitamin-a': { sheet: '**Vitamin A supplements**' },
  'interactions.minipill': { sheet: '**Progestogen-only "minipill"**' },
  'interactions.st-johns-wort': { sheet: "**St John's wort**" },
  food: { sheet: '**Food.**' },
  'blood-donation': { sheet: '**Blood donation.**' },
  sharing: { sheet: '**Sharing.**' },
  'night-driving': { sheet: '**Night driving.**' },
  'report-promptly': { sheet: '**Report promptly:**' },
  monitoring: { sheet: '**Monitoring.**' },
  'gaps.pregnancy': {
    sheet: '**It never mentions pregnancy**',
    needs: ['pregnancy.boxed', 'pregnancy.ipledge', 'pregnancy.ipledge-rules', 'pregnancy.ppp'],
  },
  'gaps.mood': {
    sheet: '**"Mood changes" understates the risk.**',
    needs: [
      'mental-health.warning',
      'mental-health.nhs-stop',
      'mental-health.mhra-2023',
      'sexual-side-effects',
    ],
  },
  'gaps.serious-warnings': {
    sheet: '**It omits serious warnings:**',
    needs: [
      'intracranial-pressure',
      'interactions.tetracyclines',
      'pancreatitis',
      'serious-skin-reactions',
      'hearing',
      'vision.night',
      'bones',
      'allergy',
      'blood-sugar',
      'ibd',
    ],
  },
  'gaps.practical-rules': {
    sheet: '**It omits practical rules:**',
    needs: [
      'blood-donation',
      'sharing',
      'cosmetic-procedures',
      'food',
      'night-driving',
      'interactions.tetracyclines',
      'interactions.vitamin-a',
      'interactions.minipill',
      'interactions.st-johns-wort',
      'specialist',
      'buy-online',
    ],
  },
  // 12: added after the clinical review of 0.1.0 (2026-12-01).
  'pregnancy.first-line': { sheet: '**The first pregnancy line must not contradict the rest.**' },
  'contraception.everywhere': { sheet: '**Contraception applies everywhere' },
  'pregnancy.when-to-call': { sheet: '**When to call the prescriber about pregnancy' },
  'pregnancy.ppp-methods': { sheet: 'Pregnancy Prevention Programme, exact contraception rule:**' },
  'emergency.allergy': { sheet: '**Serious allergic reaction**' },
  'emergency.suicide': { sheet: '**Thoughts of suicide or self-harm**' },
  'mental-health.warning-signs': { sheet: '**Warning signs of depression' },
  'stop-call.gut': { sheet: '**Gut and internal organs:**' },
  'stop-call.muscles-bones': { sheet: '**Muscles and bones:**' },
  'stop-call.hearing': { sheet: '**Hearing:**' },
  'stop-call.eyes': { sheet: '**Eyes:**' },
  'stop-call.skull-pressure': { sheet: '**Raised pressure in the skull** with tetracyclines named' },
  'before-starting': { sheet: 'Tell the prescriber about:' },
};

/** Whether an [SC] fact is covered by a set of covered fact ids (a list fact: all its `needs`). */
export function isCovered(id: string, covered: ReadonlySet<string>): boolean {
  const needs = SC_FACTS[id]?.needs;
  return needs ? needs.every((n) => covered.has(n)) : covered.has(id);
}

/** The [SC] fact ids not covered by a set of covered fact ids, in table order. */
export function uncoveredScFacts(covered: ReadonlySet<string>): string[] {
  return Object.keys(SC_FACTS).filter((id) => !isCovered(id, covered));
}

/**
 * Whether an item's fact ids name an [SC] fact. The facts a list fact `needs` (e.g. "hearing",
 * "blood-sugar") are not [SC] lines of the sheet themselves, so an item citing only those is not counted.
 */
export function citesScFact(facts: readonly string[] | undefined): boolean {
  return (facts ?? []).some((id) => Object.hasOwn(SC_FACTS, id));
}
