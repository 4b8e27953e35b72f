import { expect, test } from 'vitest';
import { median } from './report';

test('the median of an even count is the mean of the two middle values', () => {
  expect(median([9.1, 3.3, 1.3, 6.4])).toBeCloseTo(4.85);
  expect(median([5, 1, 3])).toBe(3);
  expect(median([])).toBeNaN();
});
