import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { MENTION_HIGHLIGHT, SETTINGS_VERSION } from './extension-constants';

/** The computed `::highlight(…)` style of an element holding a mention. */
export const highlightStyle = (page: Page, selector: string) =>
  page.evaluate(
    ([sel, name]) => {
      const style = getComputedStyle(document.querySelector(sel!)!, `::highlight(${name})`);
      return {
        line: style.textDecorationLine,
        color: style.textDecorationColor,
        background: style.backgroundColor,
      };
    },
    [selector, MENTION_HIGHLIGHT],
  );

/** The raw settings object in sync storage (what every tab reads). */
export const storedSettings = (s: ExtensionSession): Promise<Record<string, unknown>> =>
  s.evalInWorker(
    async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>,
    null,
  );

/** Writes settings the way the extension does (full object, current version). */
export const writeSettings = (s: ExtensionSession, settings: Record<string, unknown>): Promise<void> =>
  s.evalInWorker(
    ({ value, version }) => chrome.storage.sync.set({ settings: value, settings$: { v: version } }),
    { value: settings, version: SETTINGS_VERSION },
  );

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core violations (WCAG 2.x A/AA rules) on a page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() is not subject to the extension pages' CSP, unlike an injected <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}
