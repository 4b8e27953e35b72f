// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS } from '../medications/contacts';
import { ISOTRETINOIN_CONTENT as med } from '../medications/isotretinoin/content';
import { SC_FACTS } from '../medications/isotretinoin/sc-facts';
import { buildContentReport, escapeHtml, writeContentReport } from './content-report';

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
