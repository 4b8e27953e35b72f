import { describe, expect, test } from 'vitest';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText } from '../detection/collect-text';
import { compileMatcher } from '../detection/match-names';
import type { Mention } from '../detection/mention';
import { scanChunk } from '../detection/scan-text';
import { pageInfoOf, snippetOf } from './page-info';

const matcher = compileMatcher(ISOTRETINOIN.names);
const mentionsIn = (html: string): Mention[] => {
  document.body.innerHTML = html;
  return collectText(document.body).flatMap((chunk) => scanChunk(chunk, matcher));
};

describe('snippetOf', () => {
  test('keeps up to 40 characters of the block on each side, whitespace squashed', () => {
    expect(snippetOf(mentionsIn('<p>I  took <b>Accutane</b>\n for a year.</p>')[0]!)).toBe(
      'I took Accutane for a year.',
    );
    const long = 'a'.repeat(60);
    expect(snippetOf(mentionsIn(`<p>${long} Accutane ${long}</p>`)[0]!)).toBe(
      `…${'a'.repeat(39)} Accutane ${'a'.repeat(39)}…`,
    );
  });

  test('stops at the nearest block of any kind, a div included, and skips scripts inside it', () => {
    const forum =
      '<div class="post"><div>Earlier post text</div></div>' +
      '<div class="post"><div><span>I took</span> <span>Claravis</span><script>var x = 1</script> <i>last year</i></div></div>';
    const [mention] = mentionsIn(forum);
    expect(snippetOf(mention!)).toBe('I took Claravis last year');
  });

  test('walks across neighbouring text nodes for context', () => {
    const [mention] = mentionsIn(
      '<p><em>one </em><em>two </em><em>three </em><b>Epuris</b><em> four</em></p>',
    );
    expect(snippetOf(mention!)).toBe('one two three Epuris four');
  });
});

describe('pageInfoOf', () => {
  test('lists mentions by id with snippets (each computed once), and the medications mentioned', () => {
    const mentions = mentionsIn('<p>Accutane here.</p><p>And isotretinoin there.</p>');
    const snippets = new WeakMap<Mention, string>();
    const info = pageInfoOf({ state: 'active' }, mentions, snippets);
    expect(info.count).toBe(2);
    expect(info.medications).toEqual(['isotretinoin']);
    expect(info.mentions.map((m) => m.id)).toEqual(mentions.map((m) => m.id));
    expect(info.mentions[0]!.snippet).toBe('Accutane here.');
    snippets.set(mentions[0]!, 'cached');
    expect(pageInfoOf({ state: 'active' }, mentions, snippets).mentions[0]!.snippet).toBe('cached');
  });

  test('lists nothing when highlighting is off on the page', () => {
    const info = pageInfoOf({ state: 'site-disabled' }, mentionsIn('<p>Accutane</p>'), new WeakMap());
    expect(info).toMatchObject({ state: 'site-disabled', count: 0, mentions: [], medications: [] });
  });
});

test('a cut at a space still leaves 40 characters and an ellipsis', () => {
  const [, second] = mentionsIn(
    '<p>In the US it was sold as Accutane; my cousin took Roaccutane in Spain.</p>',
  );
  expect(snippetOf(second!)).toBe('…it was sold as Accutane; my cousin took Roaccutane in Spain.');
});
