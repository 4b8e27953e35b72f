import { presenceTest, type PresenceTest } from './presence-test';

// oxlint-disable-next-line no-underscore-dangle -- a build-time define (scripts/name-patterns.ts)
declare const __MEDGLANCE_EVERY_NAME_PRESENCE__: string;

/**
 * The presence test for every name of every registered medication, whatever the settings (a superset of
 * what any settings look for): what the content script runs in every frame before anything else. Its
 * pattern is built at build time, so a frame evaluates no medication list and no pattern builder: they
 * were most of an empty frame's start-up in a CPU profile (bench "20 empty cross-origin frames").
 */
export function everyNamePresence(): PresenceTest {
  // A bundle built without the defines would otherwise fail here with a bare ReferenceError.
  if (typeof __MEDGLANCE_EVERY_NAME_PRESENCE__ !== 'string')
    throw new Error('built without the name-pattern defines (scripts/name-patterns.ts)');
  return presenceTest(__MEDGLANCE_EVERY_NAME_PRESENCE__);
}
