import { describe, expect, it } from 'vitest';
import { MEDICATIONS } from '../../medications/registry';
import { everyNamePresence } from './every-name';
import { compileMatcher, enabledNames } from './match-names';

describe('everyNamePresence', () => {
  const every = everyNamePresence();
  const names = enabledNames(MEDICATIONS, {});

  it('finds every name of every registered medication, in every group', () => {
    const missed = names.filter((n) => !every.test(`I was on ${n.text} last year`));
    expect(missed.map((n) => n.text)).toEqual([]);
  });

  it('says what a matcher of every name says, on texts with and without a name', () => {
    const matcher = compileMatcher(names);
    const texts = [
      'nothing here',
      'ISOTRETINOIN',
      'roaccutaned',
      'Absorica LD',
      'the dry lips',
      'イソトレチノイン',
    ];
    for (const text of texts) expect(every.test(text), text).toBe(matcher.test(text));
  });
});
