import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collectText } from './collect-text';
import type { PresenceTest } from './match-names';
import { documentMayMention, namesOnlyInSkipped } from './presence-check';
import { body, check, checkDocument, filler, list, matcher, pages } from './presence-pages.test-support';
import { scanChunk } from './scan-text';

describe('names only in skipped elements, found from the whole text', () => {
  const script = '<script>var note = "Accutane";</script>';
  test.each([
    [
      'only in skipped elements, among comments and nested boxes',
      '<div><p>a<!-- Accutane -->b</p><div><textarea>Accutane</textarea></div></div><script>Isotroin</script><p>end</p>',
      true,
    ],
    [
      'in an editor and in a field only',
      '<div contenteditable="true"><p>Accutane</p></div><select><option>Isotroin</option></select>',
      true,
    ],
    [
      'in an editor inside an inline element',
      '<p>see <em><span contenteditable="true">Epuris</span></em> here</p>',
      true,
    ],
    ['in the same script again and again', `<p>a</p>${script}<p>b</p>${script}<div>${script}</div>`, true],
    ['in a script, and shown with the same words', `${script}<pre>var note = "Accutane";</pre>`, false],
    [
      'in a script, and shown later, deep in nested boxes',
      '<script>Isotroin</script><div><div><p>x</p><p>I take <b>Roaccutane</b></p></div></div>',
      false,
    ],
    ['shown before a skipped one', '<p>Claravis</p><script>Isotroin</script>', false],
    [
      'shown right after a skipped element that ends in its first letters',
      '<p><textarea>Ro</textarea>accutane</p>',
      false,
    ],
    ['shown, running into a skipped element', '<p>Roaccu<textarea>tane</textarea></p>', false],
    ['across two blocks (not a mention)', '<p>Roaccu</p><p>tane and more</p>', false],
    [
      'with a soft hyphen inside, after a skipped one',
      '<script>Accutane</script><p>Accu\u00adtane</p>',
      false,
    ],
    [
      'shown right after a field whose name runs out of it',
      '<p><textarea>Accutane Ro</textarea>accutane</p>',
      false,
    ],
    [
      'in a field inside an element marked not editable',
      '<div contenteditable="false"><textarea>Accutane</textarea></div>',
      true,
    ],
    [
      'in a script, with invisible characters in it and elsewhere on the page',
      '<script>Accu\u00adtane</script><p>a nurse \u{1f469}\u200d\u2695\ufe0f said</p>',
      true,
    ],
  ])('a name %s: %s', (_, html, only) => {
    const root = body(html);
    expect(namesOnlyInSkipped(root, root.textContent, matcher)).toBe(only);
  });

  test.each([
    ['<p><textarea>Ro</textarea>accutane</p>', true],
    ['<p>Roaccu<textarea>tane</textarea></p>', false],
    ['<p>Roaccu</p><p>tane and more</p>', false],
    ['<style>/* Accutane */</style><p>Iso<em>tret</em>inoin</p>', true],
    ['<script>Accutane</script><p>Accu\u00adtane</p>', true],
  ])('the walk settles what the whole text cannot: %s', async (html, expected) => {
    body(html);
    expect(await checkDocument()).toBe(expected);
  });

  test('never says "no" where the scan finds a mention, wherever names and their parts sit', async () => {
    const piece = fc.constantFrom(
      'Accutane',
      'Accu',
      'tane',
      'Iso<i>troin</i>',
      'Accu\u00adtane',
      'acne ',
      ' ',
      '<!-- Isotroin -->',
      '<script>var a = "Claravis"</script>',
      '<textarea>Roaccutane</textarea>',
      '<style>/* Absorica */</style>',
      '<textarea>Accutane Ro</textarea>',
      'Ro',
      '<span contenteditable="true">x</span>',
      '<div contenteditable="true">Epuris</div>',
    );
    const tree = pages(piece, ['p', 'div', 'span', 'em', 'section'], 8);
    await fc.assert(
      fc.asyncProperty(tree, async (html) => {
        const root = body(html);
        const found = collectText(root).some((chunk) => scanChunk(chunk, matcher).length > 0);
        const answer = await checkDocument();
        // Never "no" where the scan finds a mention; never "yes" where the walk says "no" (it reads an
        // inline element's text whole, an editor inside included, so it may say "yes" where this does not).
        if (found) expect(answer).toBe(true);
        if (answer) expect(await check(root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('stops at the first match the page shows: the skipped elements well after it are not read', () => {
    const root = body(
      '<script>Accutane</script><p>Claravis</p><script>var b = "Isotroin"</script><textarea>Epuris</textarea>',
    );
    const texts: string[] = [];
    const counting: PresenceTest = {
      test: (text) => (texts.push(text), matcher.test(text)),
      next: (text, from) => matcher.next(text, from),
    };
    expect(namesOnlyInSkipped(root, root.textContent, counting)).toBe(false);
    // The element after the shown name is read to learn where it starts; the one after that is not.
    expect(texts).toEqual(['Accutane', 'var b = "Isotroin"']);
  });

  test('names only in skipped elements are settled without building and testing the text again', async () => {
    body(`${list(filler)}<script>var x = "Accutane"</script><p>more</p><textarea>Isotroin</textarea>`);
    const texts: string[] = [];
    const counting: PresenceTest = {
      test: (text) => (texts.push(text), matcher.test(text)),
      next: (text, from) => (from === 0 && texts.push(text), matcher.next(text, from)),
    };
    expect(await documentMayMention(counting, new AbortController().signal)).toBe(false);
    // The body's whole text, and the script's and the field's own: no text the walk builds.
    const own = ['var x = "Accutane"', 'Isotroin'];
    expect(new Set(texts)).toEqual(new Set([document.body.textContent, ...own]));
  });
});
