import { expect, test } from 'vitest';
import { cannotRunReason } from './cannot-run';
import { translator } from '../../i18n/translate';
import { isPageInfo } from '../../utils/messaging';

test.each([
  [undefined, "browser's own pages"],
  ['chrome://settings', "browser's own pages"],
  ['file:///home/me/notes.html', "doesn't read files"],
  ['https://chromewebstore.google.com/detail/x', 'Extension stores block'],
  ['https://addons.mozilla.org/en-US/firefox/', 'Extension stores block'],
  ['https://example.com/leaflet.PDF', 'PDF viewer'],
  ['https://example.com/article', 'reload it'],
])('a tab at %s gets a plain reason', (url, reason) => {
  expect(translator('en')(cannotRunReason(url))).toContain(reason);
});

test('page info replies are checked before use', () => {
  const ok = {
    host: 'a.com',
    state: 'active',
    count: 1,
    medications: ['isotretinoin'],
    mentions: [{ id: 7, name: 'Accutane', snippet: 'x' }],
  };
  expect(isPageInfo(ok)).toBe(true);
  expect(isPageInfo({ ...ok, state: 'maybe' })).toBe(false);
  expect(isPageInfo({ ...ok, count: -0.5 })).toBe(false);
  expect(isPageInfo({ ...ok, mentions: [{ id: 0, name: 1, snippet: 'x' }] })).toBe(false);
  expect(isPageInfo({ ...ok, medications: [3] })).toBe(false);
  expect(isPageInfo(null)).toBe(false);
});
