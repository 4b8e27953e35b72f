import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { ISOTRETINOIN_CONTENT } from '../medications/isotretinoin/content';
import { SC_FACTS, type ScFact } from '../medications/isotretinoin/sc-facts';
import type { MedicationContent } from '../medications/types';
import { fullView } from '../medications/view';
import { contactsHtml } from './content-report/contacts';
import { coverageHtml } from './content-report/coverage';
import { hoverCardHtml } from './content-report/hover-card';
import { escapeHtml } from './content-report/html';
import { READERS, type Report } from './content-report/report';
import { gradesHtml, score } from './content-report/scores';
import { sectionHtml } from './content-report/sections';
import { sourcesHtml } from './content-report/sources';
import { CSS } from './content-report/style';
import { HOW_TO_REVIEW, HOW_TO_REVIEW_ES, WORDS, type Words } from './content-report/words';

// `npm run content:report`: one self-contained HTML page per language (inline CSS, no script, no
// external resource) that shows a reviewer every statement of the card in card order, with its region,
// severity, urgency, sources and fact ids, the [SC] coverage table and each section's reading score.
// What a clinician reads before a release, instead of TypeScript files. The English report is
// `<id>-content-report.html`; each translation's, e.g. `<id>-content-report.es.html`, shows every
// statement in that language beside the English, for a pharmacist who reads both. Written under
// content-report/ (gitignored).
// The parts of the page are built in scripts/content-report/; this module puts them together and writes.

const root = resolve(import.meta.dirname, '..');
/** Where `npm run content:report` writes (gitignored). */
export const REPORT_DIR = join(root, 'content-report');

/** The report options: the language of the statements shown (English by default). */
export interface ReportOptions {
  readonly locale?: Locale;
}

export { escapeHtml };

const h = escapeHtml;

/** The whole report as one HTML document (pure: no file access), in `options.locale` (default English). */
export function buildContentReport(
  med: MedicationContent = ISOTRETINOIN_CONTENT,
  scFacts: Readonly<Record<string, ScFact>> = SC_FACTS,
  options: ReportOptions = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const w: Words = WORDS[locale];
  const full = fullView(med, { locale });
  const items = full.sections.flatMap((s) => s.items);
  const english = new Map(
    fullView(med)
      .sections.flatMap((s) => s.items)
      .map((i) => [i.id, i] as const),
  );
  const report: Report = {
    med,
    locale,
    t,
    w,
    byId: new Map(med.sources.map((s) => [s.id, s])),
    scFacts,
    english,
  };
  // Score of each section as shown to each reader (numbers filled in), in READERS order.
  const scores = new Map<string, ReturnType<typeof score>[]>();
  for (const reader of READERS) {
    for (const section of fullView(med, { ...reader, locale }).sections) {
      scores.set(section.kind, [
        ...(scores.get(section.kind) ?? []),
        score(
          locale,
          section.items.map((i) => i.text),
        ),
      ]);
    }
  }
  const toc = full.sections.map((s) => `<li><a href="#section-${h(s.kind)}">${h(s.title)}</a></li>`).join('');
  const es = locale === 'es';
  return `<!doctype html>
<html lang="${h(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}: ${h(full.genericName)} ${h(med.contentVersion)}</title>
<style>${CSS}</style></head><body>
<h1>${w.title}: ${h(full.genericName)}</h1>
<p>${w.version} <strong>${h(med.contentVersion)}</strong>, ${w.reviewed} <strong>${h(med.lastReviewed)}</strong>.
${h(w.counts(items.length, full.sections.length, med.sources.length))}
${w.built}</p>
<p><strong>${w.summary}:</strong> ${h(full.summary)}${es ? ` <span class="english" lang="en">(${h(med.summary.en)})</span>` : ''}<br><strong>${w.footer}:</strong> ${h(t('card.disclaimer'))}</p>
${es ? HOW_TO_REVIEW_ES : HOW_TO_REVIEW}
<nav><h2>${w.contents}</h2><ol>${toc}<li><a href="#hover-card">${w.hoverHeading}</a></li>
<li><a href="#contacts">${w.contacts}</a></li><li><a href="#coverage">[SC]</a></li>
<li><a href="#grades">${w.grades}</a></li><li><a href="#sources">${w.sourcesHeading}</a></li></ol></nav>
<h2>${w.statements}</h2>
${full.sections.map((s) => sectionHtml(report, s, scores)).join('\n')}
${hoverCardHtml(report)}
${contactsHtml(report)}
${coverageHtml(report, items)}
${gradesHtml(report, scores)}
${sourcesHtml(report, items)}
</body></html>
`;
}

/** The report's file name: `<id>-content-report.html` in English, `<id>-content-report.<locale>.html` else. */
export function reportFileName(med: Pick<MedicationContent, 'id'>, locale: Locale = DEFAULT_LOCALE): string {
  return `${med.id}-content-report${locale === DEFAULT_LOCALE ? '' : `.${locale}`}.html`;
}

/** Writes one language's report into `dir` (created if needed) and returns the file's path. */
export function writeContentReport(
  dir: string = REPORT_DIR,
  med: MedicationContent = ISOTRETINOIN_CONTENT,
  options: ReportOptions = {},
): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, reportFileName(med, options.locale));
  writeFileSync(file, buildContentReport(med, SC_FACTS, options));
  return file;
}

/** Writes the report in every language (English first) and returns their paths. */
export function writeContentReports(
  dir: string = REPORT_DIR,
  med: MedicationContent = ISOTRETINOIN_CONTENT,
): string[] {
  return LOCALES.map((locale) => writeContentReport(dir, med, { locale }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of writeContentReports()) console.log(file);
}
