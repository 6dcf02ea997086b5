/**
 * axe-core run in a page, its source evaluated once per document.
 *
 * @axe-core/playwright evaluated axe's 650 KB source twice on every run (once to check for `runPartial`, once to
 * inject it into each frame), and that, not the rules, was most of each audit: measured on the sample, a first
 * run in a fresh page took 1.9 s, a second run of the same rules 0.8 s, and two colour rules 0.7 s. These pages
 * have no frames, so the page's own `axe.run` is all an audit needs.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** The CSS selector of each offending element. */
  targets: string[];
}

/** Violations of `rules` (every rule when omitted) in the page as it is now. */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (rules) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    // Only violations: passes and incomplete results were half of axe's work, and nothing reads them.
    const options: import('axe-core').RunOptions = { resultTypes: ['violations'] };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    const { violations } = await axe.run(document, options);
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
  }, rules);
}
