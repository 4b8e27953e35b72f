import { describe, expect, it } from 'vitest';
import { MEDICATIONS } from '../../medications/registry';
import { everyNamePresence } from './every-name';
import { enabledNames } from './match-names';

describe('everyNamePresence', () => {
  const every = everyNamePresence();
  const names = enabledNames(MEDICATIONS, {});

  it('finds every name of every registered medication, in every group', () => {
    const missed = names.filter((n) => !every.test(`I was on ${n.text} last year`));
    expect(missed.map((n) => n.text)).toEqual([]);
  });

  it('says no for text without a name', () => {
    for (const text of ['nothing here', 'the dry lips are the worst part', 'isotope', ''])
      expect(every.test(text), text).toBe(false);
  });
});
