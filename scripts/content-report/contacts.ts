// The phone numbers table: each contact placeholder by region and country.
import {
  CONTACT_KEYS,
  CONTACTS,
  COUNTRY_CONTACTS,
  type Contact,
  type ContactRegion,
} from '../../medications/contacts';
import { escapeHtml as h } from './html';
import { sideBySide, type Report } from './report';

export function contactsHtml(report: Report): string {
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
