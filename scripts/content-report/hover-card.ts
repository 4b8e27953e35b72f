// The hover card as it opens for each reader.
import { compactView } from '../../medications/view';
import { escapeHtml as h } from './html';
import { READERS, readerName, type Report } from './report';

export function hoverCardHtml(report: Report): string {
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
