/**
 * Host patterns for the disabled-sites list: "example.com" (that host, with or without "www."),
 * "*.example.com" (the domain and every subdomain), "localhost", IP addresses, IDN hosts (stored as
 * punycode, which is what `location.hostname` reports). Stored patterns are always normalised, so
 * matching is a plain comparison.
 */

export type PatternResult =
  | {
      readonly ok: true;
      readonly pattern: string;
      /** Set when the input was changed, e.g. a URL. */ readonly note?: string;
    }
  | { readonly ok: false; readonly error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function isValidHost(host: string): boolean {
  if (host === 'localhost' || IPV4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host)) return true;
  const labels = host.split('.');
  // A single label (e.g. "examplecom") is almost always a typo; intranet names can use a wildcard-free FQDN.
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
}

/** Parses what a user typed (or a stored value) into a normalised host pattern, or says what is wrong. */
export function normaliseSitePattern(input: string): PatternResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter a site, for example example.com or *.example.com.' };
  if (/\s/.test(text)) return { ok: false, error: `"${text}" contains a space; enter just the site name.` };

  let wildcard = false;
  let rest = text;
  let note: string | undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme && rest.startsWith('*.')) {
    wildcard = true;
    rest = rest.slice(2);
  }
  if (rest.includes('*'))
    return { ok: false, error: 'A "*" is only allowed at the start, as in *.example.com.' };

  let url: URL;
  try {
    url = new URL(hasScheme ? rest : `http://${rest}`);
  } catch {
    return { ok: false, error: `"${text}" is not a valid site name.` };
  }
  if (!/^https?:$/.test(url.protocol))
    return { ok: false, error: 'Only web sites (http and https) can be listed.' };
  if (url.username || url.password) return { ok: false, error: `"${text}" is not a valid site name.` };
  const host = url.hostname.replace(/\.$/, '');
  if (!isValidHost(host)) return { ok: false, error: `"${text}" is not a valid site name.` };
  if (wildcard && (IPV4.test(host) || host.startsWith('['))) {
    return { ok: false, error: 'A "*." wildcard needs a domain name, not an IP address.' };
  }
  if (hasScheme || url.pathname !== '/' || url.search || url.hash || url.port) {
    note = `Saved the site only: ${host} (the rest of the address is ignored).`;
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
