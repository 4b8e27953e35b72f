import { mkdirSync, writeFileSync } from 'node:fs';
import { regionLabel } from '../components/card/region-label';
import { translator } from '../i18n/translate';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import readability from 'text-readability';
import { CONTACT_KEYS, CONTACTS, type ContactRegion } from '../medications/contacts';
import { ISOTRETINOIN_CONTENT } from '../medications/isotretinoin/content';
import { isCovered, SC_FACTS, type ScFact } from '../medications/isotretinoin/sc-facts';
import { officialHostOf } from '../medications/official-sources';
import type { MedicationContent, Region, Source } from '../medications/types';
import { compactView, fullView, type ViewItem, type ViewSection } from '../medications/view';

/** The report speaks the card's words: labels come from the card's own catalogue. */
const EN = translator('en');

// `npm run content:report`: one self-contained HTML page (inline CSS, no script, no external resource)
// that shows a reviewer every statement of the card in card order, with its region, severity, urgency,
// sources and fact ids, the [SC] coverage table and each section's reading grade. What a clinician reads
// before a release, instead of TypeScript files. Written under content-report/ (gitignored).

const root = resolve(import.meta.dirname, '..');
/** Where `npm run content:report` writes (gitignored). */
export const REPORT_DIR = join(root, 'content-report');

const REGIONS: readonly (Region | undefined)[] = [undefined, 'US', 'UK', 'EU', 'other'];
const MAX_GRADE = 8;

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const h = escapeHtml;
const regionName = (region: Region | undefined) => region ?? 'unknown';

function grade(texts: readonly string[]): number {
  return readability.fleschKincaidGrade(texts.join(' '));
}

function link(source: Source): string {
  return `<a href="${h(source.url)}">${h(source.title)}</a><br><span class="url">${h(source.url)}</span>`;
}

function sourceCell(ids: readonly string[], byId: ReadonlyMap<string, Source>): string {
  const entries = ids.map((id) => {
    const source = byId.get(id);
    if (!source) return `<li class="gap">${h(id)}: no such source</li>`;
    const official = officialHostOf(source) ? '<span class="tag official">official</span> ' : '';
    return `<li>${official}${link(source)}</li>`;
  });
  return `<ul class="sources">${entries.join('')}</ul>`;
}

function factCell(facts: readonly string[] | undefined, scFacts: Readonly<Record<string, ScFact>>): string {
  return (facts ?? [])
    .map((id) => `<code class="${Object.hasOwn(scFacts, id) ? 'sc' : ''}">${h(id)}</code>`)
    .join(' ');
}

function itemRow(
  item: ViewItem,
  byId: ReadonlyMap<string, Source>,
  scFacts: Readonly<Record<string, ScFact>>,
): string {
  const region = regionLabel(EN, item.regions) || 'everywhere';
  return `<tr id="item-${h(item.id)}" class="sev-${h(item.severity)}">
<td><code>${h(item.id)}</code></td>
<td>${h(item.text)}</td>
<td>${h(region)}</td>
<td>${h(item.severity)}</td>
<td>${h(item.urgency ?? '')}</td>
<td>${item.inSummary ? 'yes' : ''}</td>
<td>${sourceCell(item.sources, byId)}</td>
<td>${factCell(item.facts, scFacts)}</td>
</tr>`;
}

const TABLE_HEAD = `<thead><tr><th>id</th><th>statement (as shown, region unknown)</th><th>region</th>
<th>severity</th><th>urgency</th><th>hover card</th><th>sources</th><th>facts</th></tr></thead>`;

function sectionHtml(
  section: ViewSection,
  grades: ReadonlyMap<string, readonly number[]>,
  byId: ReadonlyMap<string, Source>,
  scFacts: Readonly<Record<string, ScFact>>,
): string {
  const marks = [section.boxed ? 'boxed warning' : '', section.urgent ? 'urgent block' : '']
    .filter(Boolean)
    .map((m) => `<span class="tag">${m}</span>`)
    .join(' ');
  const sectionGrades = grades.get(section.kind) ?? [];
  const worst = Math.max(...sectionGrades);
  const groups = section.groups ?? [{ id: '', title: '', items: section.items }];
  const body = groups
    .map(
      (group) =>
        (group.title ? `<tr class="group"><th colspan="8">${h(group.title)}</th></tr>` : '') +
        group.items.map((item) => itemRow(item, byId, scFacts)).join('\n'),
    )
    .join('\n');
  return `<section class="card-section${section.boxed ? ' boxed' : ''}${section.urgent ? ' urgent' : ''}" id="section-${h(section.kind)}">
<h3>${h(section.title)} ${marks}</h3>
<p class="grade${worst > MAX_GRADE ? ' gap' : ''}">Reading grade (Flesch–Kincaid), worst over regions: ${worst.toFixed(1)} (limit ${MAX_GRADE}).</p>
<table>${TABLE_HEAD}<tbody>${body}</tbody></table>
</section>`;
}

function coverageHtml(
  med: MedicationContent,
  scFacts: Readonly<Record<string, ScFact>>,
  items: readonly ViewItem[],
): string {
  const covered = new Set(items.flatMap((i) => i.facts ?? []));
  const itemsFor = (id: string) => items.filter((i) => i.facts?.includes(id)).map((i) => i.id);
  const rows = Object.entries(scFacts).map(([id, fact]) => {
    const ok = isCovered(id, covered);
    const by = fact.needs
      ? fact.needs
          .map((need) => {
            const needItems = itemsFor(need);
            return `<li class="${needItems.length ? '' : 'gap'}"><code>${h(need)}</code>: ${
              needItems.map((i) => `<a href="#item-${h(i)}">${h(i)}</a>`).join(', ') || 'NOT COVERED'
            }</li>`;
          })
          .join('')
      : itemsFor(id)
          .map((i) => `<li><a href="#item-${h(i)}">${h(i)}</a></li>`)
          .join('');
    return `<tr class="${ok ? '' : 'gap'}"><td><code>${h(id)}</code></td><td>${h(fact.sheet)}</td>
<td><ul>${by || '<li>NOT COVERED</li>'}</ul></td><td>${ok ? 'covered' : 'NOT COVERED'}</td></tr>`;
  });
  const missing = Object.keys(scFacts).filter((id) => !isCovered(id, covered));
  return `<section id="coverage"><h2>Safety-critical [SC] facts: coverage</h2>
<p>${Object.keys(scFacts).length} [SC] facts in the facts sheet (medications/${h(med.id)}/facts.md);
${missing.length === 0 ? 'all covered' : `<strong class="gap">${missing.length} not covered: ${h(missing.join(', '))}</strong>`}.
A fact that lists others ("what a typical article leaves out") is covered when every listed fact is.</p>
<table><thead><tr><th>fact id</th><th>phrase in the facts sheet</th><th>covered by</th><th>status</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function hoverCardHtml(med: MedicationContent): string {
  const rows = REGIONS.map((region) => {
    const compact = compactView(med, { region });
    const list = compact.sections
      .map((s) => {
        const groups = s.groups ?? [{ id: '', title: '', items: s.items }];
        const inner = groups
          .map(
            (g) =>
              (g.title ? `<li class="group">${h(g.title)}</li>` : '') +
              g.items.map((i) => `<li><code>${h(i.id)}</code> ${h(i.text)}</li>`).join(''),
          )
          .join('');
        return `<li><strong>${h(s.title)}</strong><ul>${inner}</ul></li>`;
      })
      .join('');
    return `<tr><th>${h(regionName(region))}</th><td><p>${h(compact.summary)}</p><ol>${list}</ol>
<p>${compact.items.length} statements, then “More” (${compact.moreCount} more).</p></td></tr>`;
  });
  return `<section id="hover-card"><h2>The hover card as it opens, by region</h2>
<p>Region “unknown” is a browser whose languages name no country; “other” is any country outside the US, UK and EU.</p>
<table><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function contactsHtml(byId: ReadonlyMap<string, Source>): string {
  const regions = Object.keys(CONTACTS) as ContactRegion[];
  const head = `<tr><th>placeholder</th>${regions.map((r) => `<th>${h(r)}</th>`).join('')}</tr>`;
  const rows = CONTACT_KEYS.map((key) => {
    const cells = regions.map((region) => {
      const contact = CONTACTS[region][key];
      const sources = contact.sources.map((id) => byId.get(id)?.title ?? id).join('; ');
      return `<td>${h(contact.text.en)}${sources ? `<br><span class="url">${h(sources)}</span>` : ''}</td>`;
    });
    return `<tr><th><code>{${h(key)}}</code></th>${cells.join('')}</tr>`;
  });
  return `<section id="contacts"><h2>Phone numbers by region</h2>
<p>Statements name contacts by placeholder; the card fills in the reader's region (medications/contacts.ts).</p>
<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function gradesHtml(med: MedicationContent, grades: ReadonlyMap<string, readonly number[]>): string {
  const sections = fullView(med).sections;
  const head = `<tr><th>section</th>${REGIONS.map((r) => `<th>${h(regionName(r))}</th>`).join('')}</tr>`;
  const rows = sections.map((s) => {
    const cells = (grades.get(s.kind) ?? []).map(
      (g) => `<td class="${g > MAX_GRADE ? 'gap' : ''}">${g.toFixed(1)}</td>`,
    );
    return `<tr><th>${h(s.title)}</th>${cells.join('')}</tr>`;
  });
  return `<section id="grades"><h2>Reading grade per section</h2>
<p>Flesch–Kincaid grade of each section's statements as a reader in that region sees them (limit ${MAX_GRADE};
sentences at most 25 words). Unit tests fail above the limit.</p>
<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function sourcesHtml(med: MedicationContent, items: readonly ViewItem[]): string {
  const citedBy = (id: string) => items.filter((i) => i.sources.includes(id)).length;
  const rows = med.sources.map((source) => {
    const host = officialHostOf(source);
    return `<tr id="source-${h(source.id)}"><td><code>${h(source.id)}</code></td><td>${link(source)}</td>
<td>${h(source.publisher)}</td><td>${host ? `official: ${h(host.owner)}` : '<span class="warn">secondary</span>'}</td>
<td>${h(EN('card.sourceRead', { date: source.readOn }))}${source.readVia ? `<br>read via ${h(source.readVia)}` : ''}</td>
<td>${citedBy(source.id)}</td></tr>`;
  });
  return `<section id="sources"><h2>Sources</h2>
<table><thead><tr><th>id</th><th>title and address</th><th>publisher</th><th>kind</th><th>date</th>
<th>statements citing it (region unknown)</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

const HOW_TO_REVIEW = `<section id="how-to-review"><h2>How to review</h2><ol>
<li>Read every statement below in card order, once as a worried patient and once as a pharmacist: is it
right, complete, plain, and possible to act on? Region “unknown” shows every region's rules and every
region's phone numbers; “The hover card as it opens” shows what each region sees first.</li>
<li>Check each statement against the sources it cites: open the link and find the fact. Safety-critical
statements must cite at least one <span class="tag official">official</span> source (a regulator or
public health service); secondary sources (mirrors, professional bodies, makers' sites) only support.</li>
<li><strong>How to read the dates:</strong> “text read 2026-12-01 from a stored copy” means the statement
was written on that date from a stored copy of the source's text (“read via” names the copy when it was a
mirror). It does not mean that anyone opened the link. Nobody has opened these links live: before a store
release, someone must open every link and confirm the text still says what the statement says.</li>
<li>Check the [SC] coverage table (every fact covered; gaps are highlighted) and the reading grades.</li>
<li>Report an error as README “Reporting a content error” describes; any change to a statement bumps the
content version.</li></ol></section>`;

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #333}h3{margin:1.5rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:#eee}tr.group th{background:#f6e9c8}code{font-size:.85em;background:#f1f1f1;padding:0 .2em}
code.sc{background:#dbe8ff;font-weight:600}.url{color:#555;font-size:.8em;word-break:break-all}
ul.sources{margin:0;padding-left:1rem}.tag{font-size:.75em;border:1px solid #666;border-radius:3px;padding:0 .3em}
.tag.official{border-color:#1b6e1b;color:#1b6e1b}.warn{color:#8a5a00}.gap,tr.gap td{background:#ffd9d9;color:#7a0000}
.card-section.boxed{border:3px solid #a00;padding:.2rem .8rem}.card-section.urgent{border:3px solid #c25e00;padding:.2rem .8rem}
.grade{margin:.2rem 0;color:#333}.sev-critical td:first-child{border-left:4px solid #a00}`;

/** The whole report as one HTML document (pure: no file access). */
export function buildContentReport(
  med: MedicationContent = ISOTRETINOIN_CONTENT,
  scFacts: Readonly<Record<string, ScFact>> = SC_FACTS,
): string {
  const full = fullView(med);
  const items = full.sections.flatMap((s) => s.items);
  const byId = new Map(med.sources.map((s) => [s.id, s]));
  // Grade of each section as shown in each region (numbers filled in), in REGIONS order.
  const grades = new Map<string, number[]>();
  for (const region of REGIONS) {
    for (const section of fullView(med, { region }).sections) {
      grades.set(section.kind, [
        ...(grades.get(section.kind) ?? []),
        grade(section.items.map((i) => i.text)),
      ]);
    }
  }
  const toc = full.sections.map((s) => `<li><a href="#section-${h(s.kind)}">${h(s.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MedGlance content report: ${h(full.genericName)} ${h(med.contentVersion)}</title>
<style>${CSS}</style></head><body>
<h1>MedGlance content report: ${h(full.genericName)}</h1>
<p>Content version <strong>${h(med.contentVersion)}</strong>, last reviewed <strong>${h(med.lastReviewed)}</strong>.
${items.length} statements in ${full.sections.length} sections, ${med.sources.length} sources.
Built from <code>medications/</code> by <code>npm run content:report</code>.</p>
<p><strong>Summary line:</strong> ${h(full.summary)}<br><strong>Footer:</strong> ${h(EN('card.disclaimer'))}</p>
${HOW_TO_REVIEW}
<nav><h2>Contents</h2><ol>${toc}<li><a href="#hover-card">Hover card by region</a></li>
<li><a href="#contacts">Phone numbers by region</a></li><li><a href="#coverage">[SC] coverage</a></li>
<li><a href="#grades">Reading grades</a></li><li><a href="#sources">Sources</a></li></ol></nav>
<h2>Statements in card order</h2>
${full.sections.map((s) => sectionHtml(s, grades, byId, scFacts)).join('\n')}
${hoverCardHtml(med)}
${contactsHtml(byId)}
${coverageHtml(med, scFacts, items)}
${gradesHtml(med, grades)}
${sourcesHtml(med, items)}
</body></html>
`;
}

/** Writes the report into `dir` (created if needed) and returns the file's path. */
export function writeContentReport(
  dir: string = REPORT_DIR,
  med: MedicationContent = ISOTRETINOIN_CONTENT,
): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${med.id}-content-report.html`);
  writeFileSync(file, buildContentReport(med));
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(writeContentReport());
}
