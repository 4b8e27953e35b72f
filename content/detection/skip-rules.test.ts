import { afterEach, describe, expect, test } from 'vitest';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText } from './collect-text';
import { compileMatcher } from './match-names';
import { subtreeMayMention } from './presence-check';
import { scanChunk } from './scan-text';
import { isInSkippedSubtree, isSkippedElement } from './skip-rules';

const matcher = compileMatcher(ISOTRETINOIN.names);
afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

/** Every editable form, as a page would write it: the name inside must be skipped by every reader. */
const EDITABLE: ReadonlyArray<readonly [string, string]> = [
  ['contenteditable=""', '<div contenteditable="">Accutane</div>'],
  ['contenteditable="true"', '<div contenteditable="true">Accutane</div>'],
  ['contenteditable="TRUE" (any case)', '<div contenteditable="TRUE">Accutane</div>'],
  ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Accutane</div>'],
  ['contenteditable="PlainText-Only"', '<div contenteditable="PlainText-Only">Accutane</div>'],
  ['inherited from an editable ancestor', '<div contenteditable><p><b>Accutane</b></p></div>'],
  [
    'invalid value under an editor (inherits)',
    '<div contenteditable><p contenteditable="nope">Accutane</p></div>',
  ],
  ['a textarea', '<textarea>Accutane</textarea>'],
  ['an input', '<input value="Accutane">'],
  ['a CodeMirror 5 editor', '<div class="CodeMirror"><textarea></textarea><pre>Accutane</pre></div>'],
  ['an Ace editor', '<div class="x ace_editor"><div class="ace_line">Accutane</div></div>'],
  ['a Monaco editor', '<div class="monaco-editor"><div class="view-lines"><span>Accutane</span></div></div>'],
];

const found = (root: Node = document.body) =>
  collectText(root)
    .flatMap((chunk) => scanChunk(chunk, matcher))
    .map((m) => m.text);

test('no word runs across a skipped element: a name split by a field or an editor is none', () => {
  document.body.innerHTML =
    '<p>Accu<span contenteditable="true">x</span>tane, Iso<input value="x">troin and Claravis</p>';
  expect(found()).toEqual(['Claravis']);
});

describe.each(EDITABLE)('%s', (_what, html) => {
  test('the scan, the presence check and a rescan of the region itself all skip it', async () => {
    document.body.innerHTML = `<p>Claravis</p>${html}`;
    expect(found()).toEqual(['Claravis']);
    const region = document.body.lastElementChild!;
    // A rescan starts at the region (or text inside it): the one rule says it is skipped.
    const text = document.createTreeWalker(region, NodeFilter.SHOW_TEXT).nextNode();
    expect(isInSkippedSubtree(region)).toBe(true);
    if (text) expect(isInSkippedSubtree(text)).toBe(true);
    document.body.innerHTML = html;
    expect(found()).toEqual([]);
    expect(await subtreeMayMention(document.body, matcher, new AbortController().signal)).toBe(false);
  });
});

describe('the rule', () => {
  test('contenteditable="false" and ordinary elements are read', () => {
    document.body.innerHTML = '<div contenteditable="false">Accutane</div><section>Epuris</section>';
    expect(found()).toEqual(['Accutane', 'Epuris']);
    expect(isSkippedElement(document.querySelector('[contenteditable]')!)).toBe(false);
  });

  test('a document in design mode is read nowhere', async () => {
    document.body.innerHTML = '<p>Accutane</p>';
    document.designMode = 'on';
    expect(isInSkippedSubtree(document.querySelector('p')!)).toBe(true);
    expect(await subtreeMayMention(document.body, matcher, new AbortController().signal)).toBe(false);
  });

  test('editors and fields inside open shadow roots are skipped; the rest of the shadow tree is read', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<p>Epuris</p><div contenteditable="plaintext-only">Accutane</div><textarea>Claravis</textarea>';
    expect(found()).toEqual(['Epuris']);
    expect(isInSkippedSubtree(shadow.querySelector('[contenteditable]')!.firstChild!)).toBe(true);
  });

  test('an editable shadow host makes its shadow tree editable', () => {
    document.body.innerHTML = '<div id="host" contenteditable></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Epuris</p>';
    expect(found()).toEqual([]);
    expect(isInSkippedSubtree(shadow.querySelector('p')!.firstChild!)).toBe(true);
  });

  test('the extension’s own UI is skipped', () => {
    document.body.innerHTML = '<medglance-card>Accutane</medglance-card><p>Epuris</p>';
    expect(found()).toEqual(['Epuris']);
  });
});
