import { expect, test } from 'vitest';
import { resolveRegion } from './settings-region';

test.each([
  [['en-US'], 'US'],
  [['en-GB', 'en-US'], 'UK'],
  [['de-AT'], 'EU'],
  [['fr', 'fr-FR'], 'EU'],
  [['en-IN'], 'other'],
  [['en', 'de'], undefined],
  [['not a tag!', 'en-GB'], 'UK'],
])('auto with %j → %s', (languages, region) => {
  expect(resolveRegion('auto', languages)).toBe(region);
});

test('an explicit choice wins over the browser language', () => {
  expect(resolveRegion('UK', ['en-US'])).toBe('UK');
});
