// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS } from '../medications/contacts';
import { ISOTRETINOIN_CONTENT as med } from '../medications/isotretinoin/content';
import { SC_FACTS } from '../medications/isotretinoin/sc-facts';
import {
  buildContentReport,
  escapeHtml,
  reportFileName,
  writeContentReport,
  writeContentReports,
} from './content-report';

describe('content report', () => {
  let dir = '';
  let html = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'medglance-report-'));
    const file = writeContentReport(dir);
    expect(file.startsWith(dir)).toBe(true);
    html = readFileSync(file, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one self-contained page: no script, no external stylesheet, image or font', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\(/i);
    expect(html).toContain('<style>');
  });

  it('shows every statement id, every [SC] fact id and every source URL', () => {
    for (const item of med.sections.flatMap((s) => s.items)) expect(html, item.id).toContain(item.id);
    for (const id of Object.keys(SC_FACTS)) expect(html, id).toContain(id);
    for (const source of med.sources) expect(html, source.id).toContain(`href="${escapeHtml(source.url)}"`);
  });

  it('shows every region and its numbers, the version, the review date and how to read the dates', () => {
    for (const contacts of Object.values(CONTACTS))
      expect(html).toContain(escapeHtml(contacts.emergency.text.en));
    expect(html).toContain(med.contentVersion);
    expect(html).toContain(med.lastReviewed);
    expect(html).toMatch(/How to review/);
    expect(html).toMatch(/from a stored copy/);
    expect(html).toMatch(/Reading grade/);
    expect(html).not.toMatch(/NOT COVERED/);
  });

  it('escapes text from the content, so a statement cannot inject markup', () => {
    const [first, ...rest] = med.sections;
    const hostile = {
      ...med,
      sections: [
        {
          ...first!,
          items: [
            {
              ...first!.items[0]!,
              text: { en: 'Bad <script>alert(1)</script> & "quotes".', es: 'Malo <b>.' },
            },
          ],
        },
        ...rest,
      ],
    };
    const out = buildContentReport(hostile);
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;.');
  });

  it('highlights an uncovered [SC] fact', () => {
    const facts = { ...SC_FACTS, 'made-up.fact': { sheet: 'a phrase' } };
    expect(buildContentReport(med, facts)).toMatch(/class="gap"><td><code>made-up\.fact/);
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('Spanish content report', () => {
  let dir = '';
  let html = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'medglance-report-es-'));
    const files = writeContentReports(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'isotretinoin-content-report.html',
      'isotretinoin-content-report.es.html',
    ]);
    html = readFileSync(files[1]!, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one self-contained page in Spanish', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="es">');
    expect(html).not.toMatch(/<script|<link\b|<img\b|<iframe\b|@import|url\(/i);
    expect(reportFileName(med, 'es')).toBe('isotretinoin-content-report.es.html');
    expect(reportFileName(med)).toBe('isotretinoin-content-report.html');
  });

  it('shows every statement in Spanish beside its English, and every id and source URL', () => {
    for (const item of med.sections.flatMap((s) => s.items)) {
      expect(html, item.id).toContain(`id="item-${item.id}"`);
      // Statements without placeholders appear exactly as written, in both languages.
      if (!/[{}]/.test(item.text.en)) {
        expect(html, `${item.id} (es)`).toContain(escapeHtml(item.text.es));
        expect(html, `${item.id} (en)`).toContain(escapeHtml(item.text.en));
      }
    }
    for (const source of med.sources) expect(html, source.id).toContain(`href="${escapeHtml(source.url)}"`);
    expect(html).toContain('texto original en inglés');
  });

  it('tells a Spanish-speaking pharmacist what to check, and how to read the dates', () => {
    expect(html).toContain('Cómo revisar el contenido');
    for (const check of [
      'Mismo significado que el inglés',
      'Números y plazos idénticos',
      'Reglas por región y números de teléfono',
      'Lenguaje claro',
      'Fuentes',
      'Cómo leer las fechas',
    ])
      expect(html, check).toContain(check);
    expect(html).toMatch(/texto leído el \d{4}-\d{2}-\d{2} de una copia guardada/);
    expect(html).not.toMatch(/How to review/);
  });

  it('shows the phone numbers of Spain, Mexico and the US, and marks Spanish-only sources', () => {
    for (const number of ['112', '911', '988', 'oprima 2', 'número de emergencias local'])
      expect(html).toContain(number);
    for (const contacts of Object.values(CONTACTS))
      expect(html).toContain(escapeHtml(contacts.emergency.text.es));
    expect(html).toContain('other/MX');
    expect(html).toContain('solo en español');
    expect(html).toContain('en español'); // the gob.mx source is in Spanish
  });

  it('scores every section with Fernández-Huerta, none below the floor, and every [SC] fact covered', () => {
    expect(html).toMatch(/Fernández-Huerta/);
    expect(html).toMatch(/bastante fácil|muy fácil/);
    expect(html).not.toMatch(/class="gap"/);
    expect(html).not.toMatch(/NO CUBIERTO/);
  });

  it('escapes Spanish text from the content too', () => {
    const [first, ...rest] = med.sections;
    const hostile = {
      ...med,
      sections: [
        {
          ...first!,
          items: [{ ...first!.items[0]!, text: { en: 'Plain.', es: 'Malo <img src=x> & "comillas".' } }],
        },
        ...rest,
      ],
    };
    const out = buildContentReport(hostile, SC_FACTS, { locale: 'es' });
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('Malo &lt;img src=x&gt; &amp; &quot;comillas&quot;.');
  });

  it('still writes the English report alone when asked', () => {
    const file = writeContentReport(dir, med, { locale: 'en' });
    expect(readFileSync(file, 'utf8')).toContain('<html lang="en">');
  });
});
