import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from '../../utils/storage';
import { snippetOf } from './page-info';
import { toggleSite } from './toggle-site';

beforeEach(() => fakeBrowser.reset());

test('toggleSite switches a host off, then on again, removing a covering wildcard', async () => {
  expect(await toggleSite('www.example.com')).toBe(false);
  expect((await getSettings()).disabledSites).toEqual(['example.com']);
  expect(await toggleSite('www.example.com')).toBe(true);
  expect((await getSettings()).disabledSites).toEqual([]);
  await updateSettings({ disabledSites: ['*.example.com', 'other.org'] });
  expect(await toggleSite('forum.example.com')).toBe(true);
  expect((await getSettings()).disabledSites).toEqual(['other.org']);
});

function mentionIn(html: string, word: string) {
  document.body.innerHTML = html;
  const p = document.querySelector('p')!;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + word.length);
    return { range, text: word };
  }
  throw new Error('word not found');
}

test('a snippet keeps up to 40 characters of the block on each side, whitespace squashed', () => {
  expect(snippetOf(mentionIn('<p>I  took <b>Accutane</b>\n for a year.</p>', 'Accutane'))).toBe(
    'I took Accutane for a year.',
  );
  const long = 'a'.repeat(60);
  expect(snippetOf(mentionIn(`<p>${long} Accutane ${long}</p>`, 'Accutane'))).toBe(
    `…${'a'.repeat(39)} Accutane ${'a'.repeat(39)}…`,
  );
});
