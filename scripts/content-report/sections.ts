// The card's sections in card order: each statement's row with its region, severity, sources and facts.
import { regionLabel } from '../../components/card/region-label';
import type { ScFact } from '../../medications/isotretinoin/sc-facts';
import type { ViewItem, ViewSection } from '../../medications/view';
import { escapeHtml as h } from './html';
import { sideBySide, type Report } from './report';
import { scoreLine, type score } from './scores';
import { sourceCell } from './sources';

function factCell(facts: readonly string[] | undefined, scFacts: Readonly<Record<string, ScFact>>): string {
  return (facts ?? [])
    .map((id) => `<code class="${Object.hasOwn(scFacts, id) ? 'sc' : ''}">${h(id)}</code>`)
    .join(' ');
}

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

export function sectionHtml(
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
