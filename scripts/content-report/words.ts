// The report's own words by language, and the "How to review" text in English and Spanish.
import type { Locale } from '../../i18n/locales';

/** The report's own words (headings, column names), by language. Statements come from the content. */
export const WORDS = {
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

export type Words = (typeof WORDS)[Locale];

export const HOW_TO_REVIEW = `<section id="how-to-review"><h2>How to review</h2><ol>
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
export const HOW_TO_REVIEW_ES = `<section id="how-to-review"><h2>Cómo revisar el contenido</h2><ol>
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
