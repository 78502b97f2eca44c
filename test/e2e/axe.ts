/**
 * axe-core over the pane as it is on screen, failing on any critical or serious violation.
 *
 * One exclusion, and only of elements, never of a rule: Tabster (Fluent UI v9's focus manager)
 * inserts `<i data-tabster-dummy tabindex="0" aria-hidden="true">` sentinels around focus groups.
 * They are focusable and aria-hidden on purpose: their only job is to pass focus on the moment they
 * receive it, and without aria-hidden screen readers would announce them. Tabster's maintainer says
 * so and asks checkers to except them (microsoft/tabster#288); Fluent lists it as a known issue
 * ("aria-hidden-focus on elements with data-tabster-dummy", linked from
 * microsoft/accessibility-insights-web#7613, where the checker treats them as a false positive).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeProblem {
  state: string;
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

export async function seriousViolations(page: Page, state: string): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({ state, id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
