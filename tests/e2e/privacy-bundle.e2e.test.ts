import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { MEDICATION_CONTENT } from '../../medications/registry-content';
import { readManifest } from './manifest-access';

/**
 * Static privacy check of the shipped bundle (the same build the browser tests load): the only remote
 * addresses in it are the content's source links, which the card renders as plain `<a href>` a user
 * chooses to click. Nothing evaluates strings as code or loads code from elsewhere. The runtime side
 * (no request is ever made) is privacy-session.e2e.test.ts.
 */

/** Namespace identifiers used by DOM libraries (Preact's SVG/MathML support): names, never fetched. */
const XML_NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

/**
 * Help links inside library error-message strings (`@wxt-dev/storage` explains a missing `browser.runtime`);
 * they are text shown to a developer, never requested. Listed one by one so a new library URL needs a look.
 */
const LIBRARY_MESSAGE_URLS = new Set([
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
  // @webext-core/isolated-element (under WXT's createShadowRootUi) names this page when a host tag cannot
  // take a shadow root.
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
]);

/** Code patterns that run strings as code, load remote code, or talk to a server. */
const FORBIDDEN_CODE: Array<[string, RegExp]> = [
  ['eval()', /(?<![\w$.])eval\s*\(/],
  ['new Function()', /\bnew\s+Function\s*\(/],
  ['Function() constructor call', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer (setTimeout/setInterval with code)', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts()', /\bimportScripts\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['dynamic import of a URL', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const TEXT_FILE = /\.(?:js|mjs|css|html|json)$/;

/** Every remote-looking address in a text: absolute (scheme://…) and protocol-relative ("//host.tld"). */
export function findAddresses(text: string): string[] {
  const absolute = [...text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]*/gi)].map((m) => m[0]);
  const protocolRelative = [...text.matchAll(/["'`(]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`<>()\\]*/gi)].map(
    (m) => m[0].slice(1),
  );
  // A scheme with no host, or a host from a template (`new URL(`http://${input}`)`), parses user input.
  return [...absolute, ...protocolRelative].filter((u) => !/^[a-z]+:\/\/(?:\$\{.*)?$/i.test(u));
}

describe('the shipped bundle', () => {
  const dir = inject('extensionDir');
  const files = listFiles(dir).filter((f) => TEXT_FILE.test(f));
  const manifest = readManifest(dir);
  const matchPatterns = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches));
  // Every registered medication's source links (the phone numbers' sources are among them).
  const sourceUrls = new Set(
    Object.values(MEDICATION_CONTENT).flatMap((med) => med.sources.map((s) => s.url)),
  );

  test('contains code files to check', () => {
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  });

  test('names no remote address except the content sources (user-clicked links)', () => {
    const unexpected: string[] = [];
    for (const file of files) {
      for (const url of findAddresses(readFileSync(file, 'utf8'))) {
        // Browsers decode `&amp;` in href attributes; bundled JSX strings hold the URL as written.
        const plain = url.replaceAll('&amp;', '&');
        const allowed = [sourceUrls, XML_NAMESPACES, matchPatterns, LIBRARY_MESSAGE_URLS];
        if (allowed.some((set) => set.has(plain))) continue;
        unexpected.push(`${relative(dir, file)}: ${url}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  test('never evaluates strings as code, loads remote code or opens a connection', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => /\.(?:m?js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const [what, re] of FORBIDDEN_CODE) {
        const m = re.exec(text);
        if (m) found.push(`${relative(dir, file)}: ${what} near "${text.slice(m.index - 40, m.index + 40)}"`);
      }
    }
    expect(found).toEqual([]);
  });

  test('extension pages load only bundled scripts and styles', () => {
    const remote: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(
        /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi,
      )) {
        if (/^(?:[a-z]+:)?\/\//i.test(m[1]!)) remote.push(`${relative(dir, file)}: ${m[0]}`);
      }
    }
    expect(remote).toEqual([]);
  });

  test('the scanner itself catches what it must (guards against a vacuous pass)', () => {
    expect(findAddresses('a="https://tracker.example/p?x=1";b=`//cdn.example.com/x.js`')).toEqual([
      'https://tracker.example/p?x=1',
      '//cdn.example.com/x.js',
    ]);
    expect(findAddresses('new URL(`http://${e}`)')).toEqual([]);
    const hits = ['x=eval("1")', 'new Function("a")', 'importScripts(u)', 'new WebSocket(u)'].filter((code) =>
      FORBIDDEN_CODE.some(([, re]) => re.test(code)),
    );
    expect(hits).toHaveLength(4);
    expect(FORBIDDEN_CODE.some(([, re]) => re.test('a.evaluate(x); retrieval(y)'))).toBe(false);
  });
});
