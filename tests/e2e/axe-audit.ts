import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What fails the accessibility check: axe's two highest impacts. */
const blocking = new Set(['serious', 'critical']);

/**
 * Collects axe-core's serious and critical violations over a whole walk through the app,
 * so one run lists every screen's problems (not only the first). `check` runs axe on the
 * page as it is now (or on one part of it, e.g. an open dialog); `findings` is what failed.
 */
export class AxeAudit {
  readonly findings: string[] = [];
  /** Every place checked, in order: the test fails when it checked fewer than expected. */
  readonly checked: string[] = [];

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async check(where: string, include?: string): Promise<void> {
    let builder = new AxeBuilder({ page: this.page })
      // axe's default rules (WCAG 2.x A/AA and best practices), plus the experimental one that
      // finds controls whose name does not contain their visible text (speech control users
      // say what they see).
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
    if (include) builder = builder.include(include);
    const { violations } = await builder.analyze();
    this.checked.push(where);
    for (const violation of violations) {
      if (!violation.impact || !blocking.has(violation.impact)) continue;
      const nodes = violation.nodes
        .slice(0, 6)
        .map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`)
        .join('\n');
      this.findings.push(`${where} — ${violation.id} (${violation.impact}, ${violation.nodes.length} nodes): ${violation.help}\n${nodes}`);
    }
  }
}
