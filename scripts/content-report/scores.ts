// Reading scores: Flesch–Kincaid grade or Fernández-Huerta ease per section, its line, the grades table.
import readability from 'text-readability';
import type { Locale } from '../../i18n/locales';
import { easeLabel, fernandezHuerta } from '../../medications/spanish-readability';
import { fullView } from '../../medications/view';
import { escapeHtml as h } from './html';
import { READERS, readerName, type Report } from './report';

const MAX_GRADE = 8;
/** Fernández-Huerta floor for Spanish ("bastante fácil" on the INFLESZ scale). */
const MIN_EASE = 65;

function grade(texts: readonly string[]): number {
  return readability.fleschKincaidGrade(texts.join(' '));
}

/** A section's score and whether it passes: Flesch–Kincaid grade (English) or Fernández-Huerta (Spanish). */
export function score(
  locale: Locale,
  texts: readonly string[],
): { text: string; gap: boolean; value: number } {
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

export function scoreLine(report: Report, scores: readonly ReturnType<typeof score>[]): string {
  if (report.locale === 'es') {
    const worst = Math.min(...scores.map((x) => x.value));
    return `<p class="grade${worst < MIN_EASE ? ' gap' : ''}">Facilidad de lectura (Fernández-Huerta), la peor de todos los lectores: ${worst.toFixed(1)}, «${easeLabel(worst)}» (mínimo ${MIN_EASE}).</p>`;
  }
  const worst = Math.max(...scores.map((x) => x.value));
  return `<p class="grade${worst > MAX_GRADE ? ' gap' : ''}">Reading grade (Flesch–Kincaid), worst over regions: ${worst.toFixed(1)} (limit ${MAX_GRADE}).</p>`;
}

export function gradesHtml(
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
