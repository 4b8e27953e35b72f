import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const swaps: Readonly<Record<string, string>> = {
  [resolve(root, 'medications/registry.ts')]: resolve(root, 'tests/fixtures/medications/registry.ts'),
  [resolve(root, 'medications/registry-content.ts')]: resolve(
    root,
    'tests/fixtures/medications/registry-content.ts',
  ),
};
const fixtures = resolve(root, 'tests/fixtures/medications');

/**
 * For test builds only (MEDGLANCE_TEST_REGISTRY=1): every import of the two medication registries gets
 * the test registries instead, which add a made-up medication to the real ones. The build differs from
 * a release in those two files only (and in the name patterns built from them at build time,
 * scripts/name-patterns.ts), which is what "adding a medication touches only the registry" means
 * (tests/e2e/registry-fixture.e2e.test.ts).
 */
export function testRegistry(): Plugin {
  return {
    name: 'medglance-test-registry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(fixtures)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && swaps[resolved.id] ? swaps[resolved.id] : null;
    },
  };
}
