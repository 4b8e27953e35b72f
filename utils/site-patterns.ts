import type { Problem } from '../i18n/translate';

/**
 * Host patterns for the disabled-sites list: "example.com" (that host, with or without "www."),
 * "*.example.com" (the domain and every subdomain), single-label intranet names like "wiki" or
 * "localhost" (exact only), IP addresses, IDN hosts (stored as punycode, which is what `location.hostname`
 * reports). Stored patterns are always normalised, so
 * matching is a plain comparison.
 */

export type PatternResult =
  | {
      readonly ok: true;
      readonly pattern: string;
      /** Set when the input was changed, e.g. a URL. */ readonly note?: Problem;
    }
  | { readonly ok: false; readonly error: Problem };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Whether a host is one a web page can have. A single label (letters, digits, hyphens) is what
 * `location.hostname` reports on an intranet host such as http://wiki/, so "On this site" and the
 * toggle-site shortcut must be able to store it.
 */
function isValidHost(host: string): boolean {
  if (IPV4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host)) return true;
  const labels = host.split('.');
  return labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
}

const invalid = (input: string): Problem => ({ key: 'problem.site.invalid', params: { input } });

/** Parses what a user typed (or a stored value) into a normalised host pattern, or says what is wrong. */
export function normaliseSitePattern(input: string): PatternResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: { key: 'problem.site.empty' } };
  if (/\s/.test(text)) return { ok: false, error: { key: 'problem.site.space', params: { input: text } } };

  let wildcard = false;
  let rest = text;
  let note: Problem | undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme && rest.startsWith('*.')) {
    wildcard = true;
    rest = rest.slice(2);
  }
  if (rest.includes('*')) return { ok: false, error: { key: 'problem.site.wildcard' } };

  let url: URL;
  try {
    url = new URL(hasScheme ? rest : `http://${rest}`);
  } catch {
    return { ok: false, error: invalid(text) };
  }
  if (!/^https?:$/.test(url.protocol)) return { ok: false, error: { key: 'problem.site.notWeb' } };
  if (url.username || url.password) return { ok: false, error: invalid(text) };
  const host = url.hostname.replace(/\.$/, '');
  if (!isValidHost(host)) return { ok: false, error: invalid(text) };
  if (wildcard && (IPV4.test(host) || host.startsWith('['))) {
    return { ok: false, error: { key: 'problem.site.wildcardIp' } };
  }
  // "*.com" would switch off every .com site: a wildcard needs a dot ("*.localhost" is loopback only).
  if (wildcard && !host.includes('.') && host !== 'localhost') {
    return { ok: false, error: { key: 'problem.site.wildcardLabel' } };
  }
  if (hasScheme || url.pathname !== '/' || url.search || url.hash || url.port) {
    note = { key: 'problem.site.trimmed', params: { host } };
  }
  const pattern = wildcard ? `*.${host}` : host;
  return note ? { ok: true, pattern, note } : { ok: true, pattern };
}

const stripWww = (host: string): string => host.replace(/^www\./, '');

/** Whether a page host (as in `location.hostname`) is covered by a normalised pattern. */
export function siteMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return h === domain || h.endsWith(`.${domain}`);
  }
  return stripWww(h) === stripWww(pattern);
}

/** Whether any pattern in the list covers the host. */
export function isSiteDisabled(host: string, patterns: readonly string[]): boolean {
  return host !== '' && patterns.some((p) => siteMatches(host, p));
}

/** The pattern "On this site" adds for a page host: the host itself, without a leading "www.". */
export const patternForHost = (host: string): string => stripWww(host.toLowerCase());

/**
 * The disabled list after switching a site on or off. Switching on removes every pattern that covers
 * the host (a wildcard included), because otherwise the site would stay off.
 */
export function setSiteEnabled(patterns: readonly string[], host: string, enabled: boolean): string[] {
  if (enabled) return patterns.filter((p) => !siteMatches(host, p));
  return isSiteDisabled(host, patterns) ? [...patterns] : [...patterns, patternForHost(host)];
}
