import { render } from 'preact';
import { expect, test } from 'vitest';
import { collectText } from '../../content/detection/collect-text';
import { compileMatcher, enabledNames } from '../../content/detection/match-names';
import { scanChunk } from '../../content/detection/scan-text';
import { translator } from '../../i18n/translate';
import { contentFor } from '../../tests/fixtures/medications/registry-content';
import { MEDICATIONS } from '../../tests/fixtures/medications/registry';
import { HoverCard } from './HoverCard';

// The test registry (tests/fixtures/medications/) adds a made-up medication to the real ones, as a new
// medication would be added: its names are found, tagged with its id, and its card shows its content.
test('a medication added through the registry is detected and carded with its own content', () => {
  const matcher = compileMatcher(enabledNames(MEDICATIONS, {}));
  document.body.innerHTML = '<p>Testamab, fixturol and Accutane; not fixturolamine.</p>';
  const found = collectText(document.body).flatMap((chunk) => scanChunk(chunk, matcher));
  expect(found.map((m) => [m.text, m.name.medicationId])).toEqual([
    ['Testamab', 'fixturol'],
    ['fixturol', 'fixturol'],
    ['Accutane', 'isotretinoin'],
  ]);
  const root = document.createElement('div');
  document.body.append(root);
  const [testamab] = found;
  render(
    <HoverCard
      content={contentFor(testamab!.name.medicationId)!}
      foundAs={testamab!.text}
      name={testamab!.name}
      detail="compact"
      pinned={false}
      onPinChange={() => {}}
      onClose={() => {}}
      t={translator('en')}
    />,
    root,
  );
  expect(root.querySelector('.mg-title')?.textContent).toBe('Testamab');
  expect(root.textContent).toContain('Fixturol is a test fixture, not a real medicine.');
  expect(contentFor('isotretinoin')?.id).toBe('isotretinoin');
});

test('name groups are per medication: one medication’s brands off leaves the other’s on', () => {
  const matcher = compileMatcher(
    enabledNames(MEDICATIONS, { fixturol: { brands: false, international: true, misspellings: true } }),
  );
  expect(matcher.findAll('Testamab Accutane fixturol').map((m) => m.name.text)).toEqual([
    'Accutane',
    'fixturol',
  ]);
});
