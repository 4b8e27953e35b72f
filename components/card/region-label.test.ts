import { expect, test } from 'vitest';
import { translator } from '../../i18n/translate';
import { regionLabel } from './region-label';

test('names the regions a rule applies to', () => {
  const t = translator('en');
  expect(regionLabel(t, undefined)).toBe('');
  expect(regionLabel(t, ['US'])).toBe('US only');
  expect(regionLabel(t, ['UK', 'EU'])).toBe('UK and EU');
  expect(regionLabel(t, ['US', 'UK', 'other'])).toBe('US, UK, and other countries');
});
