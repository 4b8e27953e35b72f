// The [SC] coverage table: which statements cover each safety-critical fact.
import { isCovered } from '../../medications/isotretinoin/sc-facts';
import type { ViewItem } from '../../medications/view';
import { escapeHtml as h } from './html';
import type { Report } from './report';

export function coverageHtml(report: Report, items: readonly ViewItem[]): string {
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
