import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import readability from 'text-readability';
import { regionLabel } from '../components/card/region-label';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { translator, type Translator } from '../i18n/translate';
import {
  CONTACT_KEYS,
  CONTACTS,
  COUNTRY_CONTACTS,
  type Contact,
  type ContactRegion,
} from '../medications/contacts';
import { ISOTRETINOIN_CONTENT } from '../medications/isotretinoin/content';
import { isCovered, SC_FACTS, type ScFact } from '../medications/isotretinoin/sc-facts';
import { officialHostOf } from '../medications/official-sources';
import { easeLabel, fernandezHuerta } from '../medications/spanish-readability';
import type { MedicationContent, Source } from '../medications/types';
import {
  compactView,
  fullView,
  type ViewItem,
  type ViewOptions,
  type ViewSection,
} from '../medications/view';

// `npm run content:report`: one self-contained HTML page per language (inline CSS, no script, no
// external resource) that shows a reviewer every statement of the card in card order, with its region,
// severity, urgency, sources and fact ids, the [SC] coverage table and each section's reading score.
// What a clinician reads before a release, instead of TypeScript files. The English report is
// `<id>-content-report.html`; each translation's, e.g. `<id>-content-report.es.html`, shows every
// statement in that language beside the English, for a pharmacist who reads both. Written under
// content-report/ (gitignored).

const root = resolve(import.meta.dirname, '..');
/** Where `npm run content:report` writes (gitignored). */
export const REPORT_DIR = join(root, 'content-report');

/** Readers whose cards the report shows: every region, unknown, and Mexico (own emergency number). */
const READERS: readonly ViewOptions[] = [
  { region: undefined },
  { region: 'US' },
  { region: 'UK' },
  { region: 'EU' },
  { region: 'other' },
  { region: 'other', country: 'MX' },
];
const MAX_GRADE = 8;
/** Fernández-Huerta floor for Spanish ("bastante fácil" on the INFLESZ scale). */
const MIN_EASE = 65;

/** The report options: the language of the statements shown (English by default). */
export interface ReportOptions {
  readonly locale?: Locale;
}

/** The report's own words (headings, column names), by language. Statements come from the content. */
const WORDS = {
  en: {
    title: 'MedGlance content report',
    statement: 'statement (as shown, region unknown)',
    english: '',
    region: 'region',
    severity: 'severity',
    urgency: 'urgency',
    hover: 'hover card',
    sources: 'sources',
    facts: 'facts',
    everywhere: 'everywhere',
    yes: 'yes',
    official: 'official',
    secondary: 'secondary',
    languageOnly: 'this language only',
    noSource: 'no such source',
    version: 'Content version',
    reviewed: 'last reviewed',
    counts: (items: number, sections: number, sources: number) =>
      `${items} statements in ${sections} sections, ${sources} sources.`,
    built: 'Built from <code>medications/</code> by <code>npm run content:report</code>.',
    summary: 'Summary line',
    footer: 'Footer',
    contents: 'Contents',
    statements: 'Statements in card order',
    hoverHeading: 'The hover card as it opens, by reader',
    hoverNote:
      'Region “unknown” is a browser whose languages name no country; “other” is any country outside the US, UK and EU; “other/MX” is Mexico, which has its own emergency number.',
    hoverCount: (n: number, more: number) => `${n} statements, then “More” (${more} more).`,
    contacts: 'Phone numbers by region and country',
    contactsNote:
      "Statements name contacts by placeholder; the card fills in the reader's (medications/contacts.ts). A country's own contacts come before its region's.",
    placeholder: 'placeholder',
    coverage: 'Safety-critical [SC] facts: coverage',
    grades: 'Reading grade per section',
    sourcesHeading: 'Sources',
    sourceCols: [
      'id',
      'title and address',
      'publisher',
      'kind',
      'date',
      'statements citing it (region unknown)',
    ],
    readVia: 'read via',
    inLanguage: 'in Spanish',
  },
  es: {
    title: 'Informe de contenido de MedGlance',
    statement: 'texto en español (tal como se muestra, región desconocida)',
    english: 'texto original en inglés',
    region: 'región',
    severity: 'gravedad',
    urgency: 'urgencia',
    hover: 'tarjeta breve',
    sources: 'fuentes',
    facts: 'hechos',
    everywhere: 'en todas partes',
    yes: 'sí',
    official: 'oficial',
    secondary: 'secundaria',
    languageOnly: 'solo en español',
    noSource: 'fuente inexistente',
    version: 'Versión del contenido',
    reviewed: 'última revisión',
    counts: (items: number, sections: number, sources: number) =>
      `${items} textos en ${sections} secciones, ${sources} fuentes.`,
    built: 'Generado a partir de <code>medications/</code> con <code>npm run content:report</code>.',
    summary: 'Resumen',
    footer: 'Pie de la tarjeta',
    contents: 'Índice',
    statements: 'Textos en el orden de la tarjeta',
    hoverHeading: 'La tarjeta breve al abrirse, por lector',
    hoverNote:
      'La región «unknown» (desconocida) es un navegador cuyos idiomas no indican país; «other» es cualquier país fuera de EE. UU., el Reino Unido y la UE; «other/MX» es México, que tiene su propio número de emergencias.',
    hoverCount: (n: number, more: number) => `${n} textos y luego «Más» (${more} más).`,
    contacts: 'Números de teléfono por región y país',
    contactsNote:
      'Los textos nombran los contactos con marcadores; la tarjeta pone los del lector (medications/contacts.ts). Los contactos propios de un país van antes que los de su región.',
    placeholder: 'marcador',
    coverage: 'Hechos críticos para la seguridad [SC]: cobertura',
    grades: 'Facilidad de lectura por sección',
    sourcesHeading: 'Fuentes',
    sourceCols: [
      'id',
      'título y dirección',
      'editor',
      'tipo',
      'fecha',
      'textos que la citan (región desconocida)',
    ],
    readVia: 'leída en',
    inLanguage: 'en español',
  },
} as const satisfies Record<Locale, unknown>;

type Words = (typeof WORDS)[Locale];

/** What every part of one report needs. */
interface Report {
  readonly med: MedicationContent;
  readonly locale: Locale;
  readonly t: Translator;
  readonly w: Words;
  readonly byId: ReadonlyMap<string, Source>;
  readonly scFacts: Readonly<Record<string, ScFact>>;
  /** English text of each statement as shown (region unknown), for a translation's report. */
  readonly english: ReadonlyMap<string, ViewItem>;
}

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
const readerName = (reader: ViewOptions) =>
  `${reader.region ?? 'unknown'}${reader.country ? `/${reader.country}` : ''}`;

function grade(texts: readonly string[]): number {
  return readability.fleschKincaidGrade(texts.join(' '));
}

/** A section's score and whether it passes: Flesch–Kincaid grade (English) or Fernández-Huerta (Spanish). */
function score(locale: Locale, texts: readonly string[]): { text: string; gap: boolean; value: number } {
  if (locale === 'es') {
    const ease = fernandezHuerta(texts.join(' '));
    const worst = Math.min(ease.printed, ease.flesch);
    return {
      text: `${ease.printed.toFixed(1)} / ${ease.flesch.toFixed(1)}`,
      gap: worst < MIN_EASE,
      value: worst,
    };
  }
  const g = grade(texts);
  return { text: g.toFixed(1), gap: g > MAX_GRADE, value: g };
}

function link(source: Source): string {
  return `<a href="${h(source.url)}">${h(source.title)}</a><br><span class="url">${h(source.url)}</span>`;
}

function sourceCell(
  report: Report,
  ids: readonly string[],
  languageOnly: ReadonlySet<string> = new Set(),
): string {
  const { byId, w } = report;
  const entries = ids.map((id) => {
    const source = byId.get(id);
    if (!source) return `<li class="gap">${h(id)}: ${w.noSource}</li>`;
    const tags = [
      officialHostOf(source) ? `<span class="tag official">${w.official}</span>` : '',
      languageOnly.has(id) ? `<span class="tag lang">${w.languageOnly}</span>` : '',
      source.lang === 'es' ? `<span class="tag lang">${w.inLanguage}</span>` : '',
    ].filter(Boolean);
    return `<li>${tags.length ? `${tags.join(' ')} ` : ''}${link(source)}</li>`;
  });
  return `<ul class="sources">${entries.join('')}</ul>`;
}

function factCell(facts: readonly string[] | undefined, scFacts: Readonly<Record<string, ScFact>>): string {
  return (facts ?? [])
    .map((id) => `<code class="${Object.hasOwn(scFacts, id) ? 'sc' : ''}">${h(id)}</code>`)
    .join(' ');
}

/** Whether this report shows a translation beside the English. */
const sideBySide = (report: Report) => report.locale !== DEFAULT_LOCALE;

function itemRow(report: Report, item: ViewItem): string {
  const { t, w, scFacts } = report;
  const region = regionLabel(t, item.regions) || w.everywhere;
  const english = report.english.get(item.id);
  const languageOnly = new Set(english ? item.sources.filter((id) => !english.sources.includes(id)) : []);
  return `<tr id="item-${h(item.id)}" class="sev-${h(item.severity)}">
<td><code>${h(item.id)}</code></td>
<td lang="${h(report.locale)}">${h(item.text)}</td>
${sideBySide(report) ? `<td lang="en" class="english">${h(english?.text ?? '')}</td>\n` : ''}<td>${h(region)}</td>
<td>${h(item.severity)}</td>
<td>${h(item.urgency ?? '')}</td>
<td>${item.inSummary ? w.yes : ''}</td>
<td>${sourceCell(report, item.sources, languageOnly)}</td>
<td>${factCell(item.facts, scFacts)}</td>
</tr>`;
}

function tableHead(report: Report): string {
  const { w } = report;
  const english = sideBySide(report) ? `<th>${w.english}</th>` : '';
  return `<thead><tr><th>id</th><th>${w.statement}</th>${english}<th>${w.region}</th>
<th>${w.severity}</th><th>${w.urgency}</th><th>${w.hover}</th><th>${w.sources}</th><th>${w.facts}</th></tr></thead>`;
}

function scoreLine(report: Report, scores: readonly ReturnType<typeof score>[]): string {
  if (report.locale === 'es') {
    const worst = Math.min(...scores.map((x) => x.value));
    return `<p class="grade${worst < MIN_EASE ? ' gap' : ''}">Facilidad de lectura (Fernández-Huerta), la peor de todos los lectores: ${worst.toFixed(1)}, «${easeLabel(worst)}» (mínimo ${MIN_EASE}).</p>`;
  }
  const worst = Math.max(...scores.map((x) => x.value));
  return `<p class="grade${worst > MAX_GRADE ? ' gap' : ''}">Reading grade (Flesch–Kincaid), worst over regions: ${worst.toFixed(1)} (limit ${MAX_GRADE}).</p>`;
}

function sectionHtml(
  report: Report,
  section: ViewSection,
  scores: ReadonlyMap<string, readonly ReturnType<typeof score>[]>,
): string {
  const es = report.locale === 'es';
  const marks = [
    section.boxed ? (es ? 'advertencia en recuadro' : 'boxed warning') : '',
    section.urgent ? (es ? 'bloque urgente' : 'urgent block') : '',
  ]
    .filter(Boolean)
    .map((m) => `<span class="tag">${m}</span>`)
    .join(' ');
  const columns = sideBySide(report) ? 9 : 8;
  const groups = section.groups ?? [{ id: '', title: '', items: section.items }];
  const body = groups
    .map(
      (group) =>
        (group.title ? `<tr class="group"><th colspan="${columns}">${h(group.title)}</th></tr>` : '') +
        group.items.map((item) => itemRow(report, item)).join('\n'),
    )
    .join('\n');
  return `<section class="card-section${section.boxed ? ' boxed' : ''}${section.urgent ? ' urgent' : ''}" id="section-${h(section.kind)}">
<h3>${h(section.title)} ${marks}</h3>
${scoreLine(report, scores.get(section.kind) ?? [])}
<table>${tableHead(report)}<tbody>${body}</tbody></table>
</section>`;
}

function coverageHtml(report: Report, items: readonly ViewItem[]): string {
  const { med, scFacts, w } = report;
  const notCovered = report.locale === 'es' ? 'NO CUBIERTO' : 'NOT COVERED';
  const covered = new Set(items.flatMap((i) => i.facts ?? []));
  const itemsFor = (id: string) => items.filter((i) => i.facts?.includes(id)).map((i) => i.id);
  const rows = Object.entries(scFacts).map(([id, fact]) => {
    const ok = isCovered(id, covered);
    const by = fact.needs
      ? fact.needs
          .map((need) => {
            const needItems = itemsFor(need);
            return `<li class="${needItems.length ? '' : 'gap'}"><code>${h(need)}</code>: ${
              needItems.map((i) => `<a href="#item-${h(i)}">${h(i)}</a>`).join(', ') || notCovered
            }</li>`;
          })
          .join('')
      : itemsFor(id)
          .map((i) => `<li><a href="#item-${h(i)}">${h(i)}</a></li>`)
          .join('');
    return `<tr class="${ok ? '' : 'gap'}"><td><code>${h(id)}</code></td><td>${h(fact.sheet)}</td>
<td><ul>${by || `<li>${notCovered}</li>`}</ul></td><td>${ok ? (report.locale === 'es' ? 'cubierto' : 'covered') : notCovered}</td></tr>`;
  });
  const missing = Object.keys(scFacts).filter((id) => !isCovered(id, covered));
  const intro =
    report.locale === 'es'
      ? `<p>${Object.keys(scFacts).length} hechos [SC] en la hoja de hechos (medications/${h(med.id)}/facts.md, en inglés);
${missing.length === 0 ? 'todos cubiertos' : `<strong class="gap">${missing.length} sin cubrir: ${h(missing.join(', '))}</strong>`}.
Las mismas afirmaciones cubren los mismos hechos en los dos idiomas.</p>`
      : `<p>${Object.keys(scFacts).length} [SC] facts in the facts sheet (medications/${h(med.id)}/facts.md);
${missing.length === 0 ? 'all covered' : `<strong class="gap">${missing.length} not covered: ${h(missing.join(', '))}</strong>`}.
A fact that lists others ("what a typical article leaves out") is covered when every listed fact is.</p>`;
  const head =
    report.locale === 'es'
      ? '<th>id del hecho</th><th>frase de la hoja de hechos</th><th>cubierto por</th><th>estado</th>'
      : '<th>fact id</th><th>phrase in the facts sheet</th><th>covered by</th><th>status</th>';
  return `<section id="coverage"><h2>${w.coverage}</h2>
${intro}
<table><thead><tr>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function hoverCardHtml(report: Report): string {
  const { med, locale, w } = report;
  const rows = READERS.map((reader) => {
    const compact = compactView(med, { ...reader, locale });
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
    return `<tr><th>${h(readerName(reader))}</th><td lang="${h(locale)}"><p>${h(compact.summary)}</p><ol>${list}</ol>
<p>${h(w.hoverCount(compact.items.length, compact.moreCount))}</p></td></tr>`;
  });
  return `<section id="hover-card"><h2>${w.hoverHeading}</h2>
<p>${h(w.hoverNote)}</p>
<table><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function contactsHtml(report: Report): string {
  const { byId, locale, w } = report;
  const columns: readonly (readonly [string, Partial<Record<string, Contact>>])[] = [
    ...(Object.keys(CONTACTS) as ContactRegion[]).map((region) => [region, CONTACTS[region]] as const),
    ...Object.entries(COUNTRY_CONTACTS).map(([country, table]) => [`${country}`, table] as const),
  ];
  const head = `<tr><th>${w.placeholder}</th>${columns.map(([name]) => `<th>${h(name)}</th>`).join('')}</tr>`;
  const rows = CONTACT_KEYS.map((key) => {
    const cells = columns.map(([, table]) => {
      const contact = table[key];
      if (!contact) return `<td class="url">${locale === 'es' ? '(el de su región)' : "(its region's)"}</td>`;
      const ids = [...contact.sources, ...(contact.localeSources?.[locale] ?? [])];
      const sources = ids.map((id) => byId.get(id)?.title ?? id).join('; ');
      const english = sideBySide(report)
        ? `<br><span class="english" lang="en">${h(contact.text.en)}</span>`
        : '';
      return `<td><span lang="${h(locale)}">${h(contact.text[locale])}</span>${english}${sources ? `<br><span class="url">${h(sources)}</span>` : ''}</td>`;
    });
    return `<tr><th><code>{${h(key)}}</code></th>${cells.join('')}</tr>`;
  });
  return `<section id="contacts"><h2>${w.contacts}</h2>
<p>${h(w.contactsNote)}</p>
<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function gradesHtml(
  report: Report,
  scores: ReadonlyMap<string, readonly ReturnType<typeof score>[]>,
): string {
  const { med, locale, w } = report;
  const sections = fullView(med, { locale }).sections;
  const head = `<tr><th>${locale === 'es' ? 'sección' : 'section'}</th>${READERS.map((r) => `<th>${h(readerName(r))}</th>`).join('')}</tr>`;
  const rows = sections.map((s) => {
    const cells = (scores.get(s.kind) ?? []).map((x) => `<td class="${x.gap ? 'gap' : ''}">${x.text}</td>`);
    return `<tr><th>${h(s.title)}</th>${cells.join('')}</tr>`;
  });
  const note =
    locale === 'es'
      ? `<p>Fernández-Huerta de los textos de cada sección tal como los ve cada lector (con sus números de teléfono),
en dos formas: la fórmula tal como suele imprimirse (206,84 − 0,60·P − 1,02·F, F = frases por cada 100 palabras)
y en la forma de Flesch (con palabras por frase en lugar de F), más estricta con las frases largas. Mínimo ${MIN_EASE} en las dos
(«bastante fácil» en la escala INFLESZ); frases de 30 palabras como máximo. Las pruebas fallan por debajo.</p>`
      : `<p>Flesch–Kincaid grade of each section's statements as a reader in that region sees them (limit ${MAX_GRADE};
sentences at most 25 words). Unit tests fail above the limit.</p>`;
  return `<section id="grades"><h2>${w.grades}</h2>
${note}
<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function sourcesHtml(report: Report, items: readonly ViewItem[]): string {
  const { med, t, w } = report;
  const citedBy = (id: string) => items.filter((i) => i.sources.includes(id)).length;
  const rows = med.sources.map((source) => {
    const host = officialHostOf(source);
    const kind = host ? `${w.official}: ${h(host.owner)}` : `<span class="warn">${w.secondary}</span>`;
    const lang = source.lang === 'es' ? `<br><span class="tag lang">${w.inLanguage}</span>` : '';
    return `<tr id="source-${h(source.id)}"><td><code>${h(source.id)}</code></td><td>${link(source)}${lang}</td>
<td>${h(source.publisher)}</td><td>${kind}</td>
<td>${h(t('card.sourceRead', { date: source.readOn }))}${source.readVia ? `<br>${w.readVia} ${h(source.readVia)}` : ''}</td>
<td>${citedBy(source.id)}</td></tr>`;
  });
  return `<section id="sources"><h2>${w.sourcesHeading}</h2>
<table><thead><tr>${w.sourceCols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
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

// For a Spanish-speaking pharmacist (Spain or Latin America) who reviews the Spanish card.
const HOW_TO_REVIEW_ES = `<section id="how-to-review"><h2>Cómo revisar el contenido</h2><ol>
<li><strong>Mismo significado que el inglés.</strong> Lea cada texto en español junto al original en inglés
de la misma fila. Debe decir lo mismo: ni más ni menos. No puede suavizar una advertencia, añadir un consejo
ni quitar una condición («al menos», «solo si», «a menos que»).</li>
<li><strong>Números y plazos idénticos.</strong> Compruebe que cada cifra y cada plazo coinciden: «1 mes»,
«30 días», «19 días», «7 días», «5 semanas», «6 meses», «1 de cada 5», «3 de cada 10». Las pruebas
automáticas comparan los dígitos, pero no si el plazo se refiere a lo mismo.</li>
<li><strong>Reglas por región y números de teléfono.</strong> En España (UE): Programa de Prevención de
Embarazos y el 112. En México: el 911 (lector de región «other» con país MX). En el resto de América Latina:
«el número de emergencias local». En EE. UU.: iPLEDGE, el 911 y el 988 (oprima 2 para español). Con la
región desconocida, todos los números. Revise la tabla «Números de teléfono por región y país» y la tarjeta
breve de cada lector: ¿es correcto cada número donde se muestra, y falta alguno?</li>
<li><strong>Lenguaje claro.</strong> Trato de usted, frases cortas, palabras que se entienden en España y
en América Latina; cuando cambian, van las dos una vez (soja (soya), cacahuete (maní, cacahuate), gafas
(anteojos), conducir (manejar), regla (menstruación)). ¿Usaría usted estas palabras con una paciente de
17 años asustada? La tabla de facilidad de lectura muestra la puntuación Fernández-Huerta de cada sección.</li>
<li><strong>Fuentes.</strong> Cada texto cita las mismas fuentes que el inglés (la mayoría en inglés). Las
marcadas «solo en español» respaldan lo que solo dice el texto en español (p. ej., «oprima 2»). No se
encontró una copia guardada del prospecto de la AEMPS (CIMA) ni de MedlinePlus en español, así que no se
citan: si los abre, compárelos con los textos y propóngalos como fuentes.</li>
<li><strong>Cómo leer las fechas.</strong> «texto leído el 2026-12-01 de una copia guardada» significa que
el texto se redactó ese día a partir de una copia guardada del texto de la fuente («leída en» indica la
copia cuando no estaba en la dirección oficial). No significa que nadie haya abierto el enlace. Antes de
publicar, alguien debe abrir cada enlace y confirmar que la fuente sigue diciendo lo mismo.</li>
<li>Para comunicar un error, siga «Reporting a content error» del README; todo cambio de un texto sube la
versión del contenido.</li></ol></section>`;

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #333}h3{margin:1.5rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:#eee}tr.group th{background:#f6e9c8}code{font-size:.85em;background:#f1f1f1;padding:0 .2em}
code.sc{background:#dbe8ff;font-weight:600}.url{color:#555;font-size:.8em;word-break:break-all}
ul.sources{margin:0;padding-left:1rem}.tag{font-size:.75em;border:1px solid #666;border-radius:3px;padding:0 .3em}
.tag.official{border-color:#1b6e1b;color:#1b6e1b}.tag.lang{border-color:#1a4f8a;color:#1a4f8a}.english{color:#444}
.warn{color:#8a5a00}.gap,tr.gap td{background:#ffd9d9;color:#7a0000}
.card-section.boxed{border:3px solid #a00;padding:.2rem .8rem}.card-section.urgent{border:3px solid #c25e00;padding:.2rem .8rem}
.grade{margin:.2rem 0;color:#333}.sev-critical td:first-child{border-left:4px solid #a00}`;

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
