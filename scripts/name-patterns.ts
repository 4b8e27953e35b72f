import { enabledNames, namePatterns, namesKey } from '../content/detection/match-names';
import { MEDICATIONS } from '../medications/registry';
import { MEDICATIONS as TEST_MEDICATIONS } from '../tests/fixtures/medications/registry';

/**
 * The build-time defines holding the default names' regex patterns (every registered medication, every
 * group), so no frame builds them at run time: the matcher's patterns (match-names.ts) and the presence
 * pattern alone, which is all the content script needs (every-name.ts). `testRegistry` builds them from
 * the test registry, as a MEDGLANCE_TEST_REGISTRY=1 build bundles it (scripts/test-registry-plugin.ts).
 * Used by wxt.config.ts and, so unit tests run the same code, by vitest.config.ts.
 */
export function namePatternDefines(testRegistry: boolean): Record<string, string> {
  const names = enabledNames(testRegistry ? TEST_MEDICATIONS : MEDICATIONS, {});
  const patterns = namePatterns(names);
  return {
    __MEDGLANCE_PREBUILT_PATTERNS__: JSON.stringify({ key: namesKey(names), ...patterns }),
    __MEDGLANCE_EVERY_NAME_PRESENCE__: JSON.stringify(patterns.presence),
  };
}
