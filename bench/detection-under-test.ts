// The one place that binds the bench to the detection modules, so an API change touches only this file.
import { compileMatcher } from '../content/match-names';
import { ISOTRETINOIN_NAMES } from '../medications/isotretinoin-names';
import { startStandIn } from './stand-in-detection';

/** What the bench needs from a running detection: its match count, its hover hit-test, teardown. */
export interface RunningDetection {
  matches(): number;
  /** The match under the viewport point, or null (the hover path's hit-test). */
  hitTest(x: number, y: number): unknown;
  stop(): void;
}

/** The real matcher for every default name: its presence test is the floor's "one regex test". */
export const matcher = compileMatcher(ISOTRETINOIN_NAMES);

/** Starts detection on the current page; resolves when the full scan and the highlight are done. */
export async function startDetectionUnderTest(): Promise<RunningDetection> {
  const session = await startStandIn();
  return { matches: session.matches, hitTest: (x, y) => session.hitTest(x, y), stop: () => session.stop() };
}

/** True while the bench still measures the temporary stand-in instead of content/detection-session.ts. */
export const USING_STAND_IN = true;
