// Sources in the report: the link to one, a statement's sources cell, and the sources table.
import { officialHostOf } from '../../medications/official-sources';
import type { Source } from '../../medications/types';
import type { ViewItem } from '../../medications/view';
import { escapeHtml as h } from './html';
import type { Report } from './report';

function link(source: Source): string {
  return `<a href="${h(source.url)}">${h(source.title)}</a><br><span class="url">${h(source.url)}</span>`;
}

export function sourceCell(
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

export function sourcesHtml(report: Report, items: readonly ViewItem[]): string {
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
