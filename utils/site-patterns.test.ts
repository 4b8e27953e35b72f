import { describe, expect, test } from 'vitest';
import { isSiteDisabled, normaliseSitePattern, setSiteEnabled, siteMatches } from './site-patterns';
import { describe as say, translator } from '../i18n/translate';

const english = (p: Parameters<typeof say>[1]) => say(translator('en'), p);

describe('normaliseSitePattern', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.com', '*.example.com'],
    ['sub.example.co.uk', 'sub.example.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
    ['[::1]', '[::1]'],
    ['example.com.', 'example.com'],
    // Single-label (intranet) names, as location.hostname reports them on http://wiki/
    ['wiki', 'wiki'],
    ['Intranet-01', 'intranet-01'],
    ['bücher', 'xn--bcher-kva'],
    ['*.localhost', '*.localhost'],
  ])('accepts %j as %j', (input, pattern) => {
    const r = normaliseSitePattern(input);
    expect(r).toEqual({ ok: true, pattern });
  });

  test.each([
    ['https://www.example.com/some/page?q=1', 'www.example.com'],
    ['example.com/forum', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['http://wiki/Main_Page', 'wiki'],
  ])('normalises the pasted address %j to its host and says so', (input, pattern) => {
    const r = normaliseSitePattern(input);
    expect(r.ok && r.pattern).toBe(pattern);
    expect(r.ok && r.note && english(r.note)).toContain(pattern);
  });

  test.each([
    ['', 'Enter a site'],
    ['exa mple.com', 'space'],
    ['exa_mple.com', 'not a valid site'],
    ['-wiki', 'not a valid site'],
    ['wiki_', 'not a valid site'],
    ['*.com', 'needs a domain with a dot'],
    ['*.wiki', 'needs a domain with a dot'],
    ['ex*ample.com', 'only allowed at the start'],
    ['*.*.example.com', 'only allowed at the start'],
    ['*.10.0.0.1', 'IP address'],
    ['ftp://example.com', 'http and https'],
    ['-bad-.com', 'not a valid site'],
    ['a..b.com', 'not a valid site'],
  ])('rejects %j with a message', (input, message) => {
    const r = normaliseSitePattern(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && english(r.error)).toContain(message);
  });
});

describe('matching', () => {
  test('a plain host matches itself and its www. form only', () => {
    expect(siteMatches('example.com', 'example.com')).toBe(true);
    expect(siteMatches('www.example.com', 'example.com')).toBe(true);
    expect(siteMatches('example.com', 'www.example.com')).toBe(true);
    expect(siteMatches('forum.example.com', 'example.com')).toBe(false);
    expect(siteMatches('notexample.com', 'example.com')).toBe(false);
  });

  test('a wildcard matches the domain and every subdomain, not look-alikes', () => {
    expect(siteMatches('example.com', '*.example.com')).toBe(true);
    expect(siteMatches('a.b.example.com', '*.example.com')).toBe(true);
    expect(siteMatches('badexample.com', '*.example.com')).toBe(false);
  });

  test('an empty host (e.g. about:blank) is never disabled', () => {
    expect(isSiteDisabled('', ['*.example.com'])).toBe(false);
  });
});

describe('setSiteEnabled', () => {
  test('the pattern for any host a page reports is a valid stored pattern (intranet hosts too)', () => {
    for (const host of ['wiki', 'localhost', 'www.example.com', 'xn--bcher-kva', '10.0.0.1', '[::1]']) {
      const [pattern] = setSiteEnabled([], host, false);
      expect(normaliseSitePattern(pattern!)).toEqual({ ok: true, pattern });
    }
  });

  test('switching off adds the host without www., once', () => {
    expect(setSiteEnabled([], 'www.example.com', false)).toEqual(['example.com']);
    expect(setSiteEnabled(['example.com'], 'www.example.com', false)).toEqual(['example.com']);
  });

  test('switching on removes every pattern covering the host, wildcards included', () => {
    expect(setSiteEnabled(['example.com', '*.example.com', 'other.org'], 'example.com', true)).toEqual([
      'other.org',
    ]);
  });
});
